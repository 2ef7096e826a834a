/**
 * The one function that talks to TMDB over HTTP: it attaches the user's
 * credentials in the style their kind needs and turns every failure into a
 * `ReelcardError`. Scheduling, retries and caching happen around it.
 */
import type { KeyKind } from '../messages';
import { errorFromFailure, errorFromResponse, TmdbHttpError } from './errors';
import type { RawError } from './raw';

/** Every TMDB request goes here, and nowhere else. */
export const TMDB_API_BASE = 'https://api.themoviedb.org/3';

/** `fetch` as the client uses it; tests pass a fake. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The credentials, cancellation and clock for one request. */
export interface RequestOptions {
  key: string;
  signal?: AbortSignal;
  fetch?: FetchLike;
  now?: () => number;
}

/** A v3 API key is 32 hex characters; anything else that looks like a JWT is a v4 read token. */
export function keyKind(key: string): KeyKind | null {
  const trimmed = key.trim();
  if (/^[0-9a-f]{32}$/i.test(trimmed)) return 'v3';
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(trimmed) && trimmed.length > 40) return 'v4';
  return null;
}

/**
 * The URL (without credentials) for a path and its parameters. Parameters are
 * sorted so that the same request always gives the same string, which the
 * scheduler and the cache use as a key.
 */
export function tmdbUrl(path: string, params: Record<string, string> = {}): string {
  const url = new URL(TMDB_API_BASE + path);
  for (const name of Object.keys(params).sort()) url.searchParams.set(name, params[name] ?? '');
  return url.toString();
}

/** Adds the credentials: v3 keys go in the query, v4 tokens in the Authorization header. */
export function withCredentials(url: string, key: string): { url: string; headers: Headers } {
  const headers = new Headers({ Accept: 'application/json' });
  const trimmed = key.trim();

  if (keyKind(trimmed) === 'v4') {
    headers.set('Authorization', `Bearer ${trimmed}`);
    return { url, headers };
  }
  const withKey = new URL(url);
  withKey.searchParams.set('api_key', trimmed);
  return { url: withKey.toString(), headers };
}

/** GETs a TMDB path and returns the parsed body, or throws a `ReelcardError`. */
export async function tmdbGet<T>(
  path: string,
  params: Record<string, string>,
  options: RequestOptions,
): Promise<T> {
  const { url, headers } = withCredentials(tmdbUrl(path, params), options.key);
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;

  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, { headers, signal: options.signal, credentials: 'omit' });
    text = await response.text();
  } catch (error) {
    throw errorFromFailure(error, options.signal);
  }

  const body = parseJson(text);
  if (!response.ok) {
    const errorBody = (body ?? null) as RawError | null;
    throw errorFromResponse(response.status, errorBody, response.headers, now());
  }

  // A 200 whose body is not JSON means a proxy or TMDB itself misbehaved.
  if (body === undefined) {
    throw new TmdbHttpError('server', 'TMDB sent an unreadable answer', response.status, null);
  }
  return body as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
