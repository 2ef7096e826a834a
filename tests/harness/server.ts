/**
 * The HTTPS host server the real-browser tests point Chromium at: one
 * HTTP/2 TLS server (HTTP/1.1 allowed) on an ephemeral 127.0.0.1 port that
 * routes by Host header. TMDB's hosts go to the stand-in, site hosts to the
 * saved or registered pages, and everything else gets a quick 404 — saved
 * pages pull scripts and styles from many hosts, and none may hang.
 */
import type { Socket } from 'node:net';
import {
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
} from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createStandin, hostOf, type Standin } from '../standin/index';
import { API_HOST, IMAGE_HOST } from '../standin/pipeline';
import { testCertificate } from './certs';
import { PageTable, type Page, type PageOptions } from './pages';

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
  httpVersion: string;
}

export interface HostServer {
  port: number;
  standin: Standin;
  /** The Chromium flag value that sends every host here, e.g. "MAP * 127.0.0.1:4321,EXCLUDE localhost". */
  hostResolverRules: string;
  /** Serves html (or any body) at a URL, e.g. a hostile page at https://www.imdb.com/title/tt0000001/. */
  addPage(url: string, body: string | Buffer, options?: PageOptions): void;
  removePage(url: string): void;
  /** Every non-TMDB request answered, newest last (TMDB requests are in standin.log). */
  requests: ServedRequest[];
  /** Between tests: clears `requests`, the added pages, and the stand-in's log and faults. */
  reset(): void;
  close(): Promise<void>;
}

type Req = Http2ServerRequest;
type Res = Http2ServerResponse;

function sendPage(res: Res, page: Page): number {
  res.statusCode = 200;
  res.setHeader('content-type', page.contentType);
  res.setHeader('cache-control', 'no-store');
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  const at = page.hold && typeof page.body === 'string' ? page.body.indexOf(page.hold.marker) : -1;
  if (!page.hold || at < 0) {
    res.end(page.body);
    return 200;
  }
  // The browser parses what it has while the rest is held back, as on a slow connection.
  const body = page.body as string;
  res.write(body.slice(0, at));
  page.hold.until.then(
    () => !res.destroyed && res.end(body.slice(at)),
    () => res.destroy(),
  );
  return 200;
}

function sendStatus(res: Res, status: number): number {
  res.statusCode = status;
  // A body, because Chromium turns an empty 404 into its own error page (and goto() throws).
  if (status === 404) res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(status === 404 ? 'Not found' : '');
  return status;
}

function route(req: Req, res: Res, pages: PageTable, standin: Standin): number | null {
  const host = hostOf(req);
  if (host === API_HOST || host === IMAGE_HOST) {
    standin.handle(req, res);
    return null;
  }

  const url = new URL(req.url, `https://${host}`);
  if (url.pathname === '/favicon.ico') return sendStatus(res, 204);
  const page = req.method === 'GET' || req.method === 'HEAD' ? pages.find(url) : undefined;
  return page ? sendPage(res, page) : sendStatus(res, 404);
}

/** Starts the server. Loading the stand-in's catalog takes about a second the first time. */
export async function startHostServer(options: { standin?: Standin } = {}): Promise<HostServer> {
  const standin = options.standin ?? createStandin();
  const pages = new PageTable();
  const requests: ServedRequest[] = [];
  const sessions = new Set<Http2Session>();
  const sockets = new Set<Socket>();

  const server = createSecureServer({ ...testCertificate(), allowHTTP1: true }, (req, res) => {
    const status = route(req, res, pages, standin);
    if (status !== null)
      requests.push({ host: hostOf(req), path: req.url, status, httpVersion: req.httpVersion });
  });

  // Browsers reset streams and drop connections all the time; none of that is a test failure.
  server.on('sessionError', () => {});
  server.on('tlsClientError', () => {});
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    standin,
    hostResolverRules: `MAP * 127.0.0.1:${port},EXCLUDE localhost`,
    addPage: (url, body, pageOptions) => pages.add(url, body, pageOptions),
    removePage: (url) => pages.remove(url),
    requests,
    reset: () => {
      requests.length = 0;
      pages.reset();
      standin.reset();
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Open sessions would keep close() waiting forever.
        for (const session of sessions) session.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
