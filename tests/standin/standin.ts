/**
 * The TMDB stand-in: answers api.themoviedb.org and image.tmdb.org like the
 * real services, from real data, with switchable faults and a request log.
 * Use `handle` behind an HTTP(S) server, or `fetch` in-process (for unit
 * tests that stub the global fetch), or `search` directly (for benchmarks).
 */
import { defaultCatalog, type Catalog } from './catalog';
import { Faults } from './faults';
import { answerRequest, type Answer, type ApiRequest, type PipelineState } from './pipeline';
import { RequestLog } from './request-log';
import { matchAll, search, type Paged, type SearchKind } from './search';

export interface StandinOptions {
  /** Defaults to the full catalog (dataset plus data/). */
  catalog?: Catalog;
  /** Added to every API answer, for benchmarks. */
  latencyMs?: number;
  /** Answer 429 (code 25) past this many requests in any one-second window. */
  rateLimitPerSecond?: number;
  /** The clock the log uses; tests may pass a fake one. */
  now?: () => number;
}

/** The parts of node's http and http2 requests the handler uses. */
export interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  socket?: { destroy(): void } | null;
}

/** The parts of node's http and http2 responses the handler uses. */
export interface ResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
  /** Present on HTTP/2 responses: the stream to reset for a dropped answer. */
  stream?: { close(code?: number): void };
}

/** Host without port, from HTTP/2's :authority or HTTP/1's Host. */
export function hostOf(req: RequestLike): string {
  const raw = req.headers[':authority'] ?? req.headers.host ?? '';
  return String(raw).replace(/:\d+$/, '').toLowerCase();
}

function write(res: ResponseLike, req: RequestLike, answer: Answer): void {
  try {
    send(res, req, answer);
  } catch {
    // The browser gave up on the request while we waited (latency, a slow fault): nobody to answer.
  }
}

function send(res: ResponseLike, req: RequestLike, answer: Answer): void {
  if (answer.kind === 'drop') {
    // HTTP/2: reset just this stream (code 2, INTERNAL_ERROR); HTTP/1: cut the connection.
    if (res.stream) res.stream.close(2);
    else req.socket?.destroy();
    return;
  }
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.end(answer.body);
}

function toResponse(answer: Answer): Response {
  // Browsers report a dropped connection as a TypeError from fetch().
  if (answer.kind === 'drop') throw new TypeError('Failed to fetch');
  const body = answer.status === 204 ? null : answer.body;
  return new Response(body, { status: answer.status, headers: answer.headers });
}

export class Standin {
  readonly catalog: Catalog;
  readonly log = new RequestLog();
  readonly faults = new Faults();
  latencyMs: number;
  rateLimitPerSecond: number | undefined;
  /** How many image.tmdb.org requests were answered (kept out of `log`). */
  imageRequests = 0;
  private readonly now: () => number;

  constructor(options: StandinOptions = {}) {
    this.catalog = options.catalog ?? defaultCatalog();
    this.latencyMs = options.latencyMs ?? 0;
    this.rateLimitPerSecond = options.rateLimitPerSecond;
    this.now = options.now ?? Date.now;
  }

  /** Answers one request; transport-free. */
  answer(request: ApiRequest): Promise<Answer> {
    return answerRequest(this.state(), request);
  }

  /** A node http/http2 request handler for the hosts api.themoviedb.org and image.tmdb.org. */
  readonly handle = (req: RequestLike, res: ResponseLike): void => {
    const authorization = req.headers.authorization;
    const request: ApiRequest = {
      method: req.method ?? 'GET',
      host: hostOf(req),
      url: req.url ?? '/',
      authorization: Array.isArray(authorization) ? authorization[0] : authorization,
    };
    this.answer(request).then(
      (answer) => write(res, req, answer),
      (error: unknown) =>
        write(res, req, { kind: 'reply', status: 500, headers: {}, body: String(error) }),
    );
  };

  /** A fetch() that answers in-process, through the same log, faults and checks. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(
      init?.headers ?? (input instanceof Request ? input.headers : undefined),
    );
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const answer = await this.answer({
      method: method.toUpperCase(),
      host: url.hostname,
      url: url.pathname + url.search,
      authorization: headers.get('authorization') ?? undefined,
    });
    return toResponse(answer);
  };

  /** A search without HTTP, auth or faults (for matching benchmarks). */
  search(kind: SearchKind, params: Record<string, string>): Paged<object> {
    return search(this.catalog, kind, params);
  }

  /** How many records a search matches in all, before paging. */
  countMatches(kind: SearchKind, params: Record<string, string>): number {
    return matchAll(this.catalog, kind, params).length;
  }

  /** Forgets the log and the faults (between tests). */
  reset(): void {
    this.log.clear();
    this.faults.clear();
    this.imageRequests = 0;
  }

  private state(): PipelineState {
    return {
      catalog: this.catalog,
      log: this.log,
      faults: this.faults,
      latencyMs: this.latencyMs,
      rateLimitPerSecond: this.rateLimitPerSecond,
      now: this.now,
      countImage: () => (this.imageRequests += 1),
    };
  }
}

/** Creates a stand-in. Loading the full catalog takes a moment the first time per process. */
export function createStandin(options?: StandinOptions): Standin {
  return new Standin(options);
}
