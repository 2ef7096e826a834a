/**
 * One request through the stand-in, transport aside: log it, add latency,
 * apply faults, check credentials, route. Both the HTTP handler and the
 * in-process fetch() are thin adapters around `answerRequest`.
 */
import type { Catalog } from './catalog';
import { checkAuth, type AuthCheck } from './credentials';
import { TmdbError, tmdbError } from './errors';
import type { Faults, FaultSpec } from './faults';
import { imageAnswer } from './images';
import type { LogEntry, RequestLog } from './request-log';
import { routeApi } from './routes';

export const API_HOST = 'api.themoviedb.org';
export const IMAGE_HOST = 'image.tmdb.org';

export interface ApiRequest {
  method: string;
  host: string;
  /** Path and query as received, e.g. "/3/search/movie?query=The%20Matrix". */
  url: string;
  authorization?: string;
}

export type Answer =
  | { kind: 'reply'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'drop' };

/** What the pipeline needs from its stand-in. */
export interface PipelineState {
  catalog: Catalog;
  log: RequestLog;
  faults: Faults;
  latencyMs: number;
  /** Answer 429 past this many requests in any one-second window (off when undefined). */
  rateLimitPerSecond?: number;
  now: () => number;
  countImage: () => void;
}

// no-store keeps the browser's HTTP cache out of the way: a repeated lookup that makes
// no request must be the extension's own cache at work, which is what tests check.
const JSON_HEADERS = {
  'content-type': 'application/json;charset=utf-8',
  'access-control-allow-origin': '*',
  'cache-control': 'no-store',
};

function json(status: number, body: unknown, extra: Record<string, string> = {}): Answer {
  return {
    kind: 'reply',
    status,
    headers: { ...JSON_HEADERS, ...extra },
    body: JSON.stringify(body),
  };
}

function errorAnswer(error: TmdbError, extra?: Record<string, string>): Answer {
  return json(error.httpStatus, error.body, extra);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "+" means space in a query string; a malformed escape is left as sent. */
function decode(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    return url;
  }
}

function parseQuery(search: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  // TMDB reads the first value of a repeated parameter.
  for (const [key, value] of search) if (!(key in query)) query[key] = value;
  return query;
}

/** The answer a fault imposes, or null when it only delays (slow). */
async function faultAnswer(fault: FaultSpec): Promise<Answer | null> {
  switch (fault.kind) {
    case 'invalid-key':
      return errorAnswer(tmdbError(7));
    case 'suspended-key':
      return errorAnswer(tmdbError(10));
    case 'rate-limit':
      return errorAnswer(
        tmdbError(25),
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
      );
    case 'server-error':
      return errorAnswer(tmdbError(11));
    case 'unavailable':
      return errorAnswer(tmdbError(fault.statusCode ?? 9));
    case 'malformed-json':
      return {
        kind: 'reply',
        status: 200,
        headers: JSON_HEADERS,
        body: '{"page":1,"results":[{"id":',
      };
    case 'drop':
      return { kind: 'drop' };
    case 'slow':
      await sleep(fault.delayMs ?? 1000);
      return null;
  }
}

function overRateLimit(state: PipelineState, now: number): boolean {
  const limit = state.rateLimitPerSecond;
  if (limit === undefined) return false;
  return state.log.filter((e) => now - e.at < 1000).length > limit;
}

function route(state: PipelineState, entry: LogEntry, auth: AuthCheck): Answer {
  if (overRateLimit(state, entry.at)) return errorAnswer(tmdbError(25));
  if (auth.verdict !== 'ok') return errorAnswer(tmdbError(auth.verdict === 'suspended' ? 10 : 7));

  try {
    return json(200, routeApi(state.catalog, entry.path, entry.query));
  } catch (error) {
    if (error instanceof TmdbError) return errorAnswer(error);
    throw error;
  }
}

async function answerImage(state: PipelineState, path: string, url: string): Promise<Answer> {
  state.countImage();
  const fault = state.faults.take(decode(url));
  const imposed = fault ? await faultAnswer(fault) : null;
  return imposed ?? { kind: 'reply', ...imageAnswer(path) };
}

/** Answers one request to api.themoviedb.org or image.tmdb.org. */
export async function answerRequest(state: PipelineState, request: ApiRequest): Promise<Answer> {
  const parsed = new URL(request.url, `https://${request.host}`);
  if (request.host === IMAGE_HOST) return answerImage(state, parsed.pathname, request.url);
  if (request.host !== API_HOST) return json(404, tmdbError(34).body);
  if (request.method === 'OPTIONS') return corsPreflight();

  const query = parseQuery(parsed.searchParams);
  const auth = checkAuth(query, request.authorization);
  const entry: LogEntry = {
    method: request.method,
    path: parsed.pathname,
    query,
    url: decode(request.url),
    auth: auth.style,
    status: 0,
    at: state.now(),
  };
  state.log.push(entry);

  if (state.latencyMs > 0) await sleep(state.latencyMs);
  const fault = state.faults.take(entry.url);
  const answer = (fault && (await faultAnswer(fault))) || route(state, entry, auth);
  if (answer.kind === 'reply') entry.status = answer.status;
  return answer;
}

function corsPreflight(): Answer {
  return {
    kind: 'reply',
    status: 204,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    },
    body: '',
  };
}
