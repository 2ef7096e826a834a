/**
 * Turns TMDB's HTTP failures into `ReelcardError`s whose kinds the UI can act
 * on, and keeps the HTTP status and any Retry-After delay for the scheduler.
 */
import { ReelcardError } from '../messages';
import type { ErrorKind } from '../types';
import type { RawError } from './raw';

/** A Retry-After longer than this is treated as this: one header must not stall every tab for hours. */
const MAX_RETRY_AFTER_MS = 60_000;

/** A `ReelcardError` from an HTTP answer, with what the scheduler needs to retry it well. */
export class TmdbHttpError extends ReelcardError {
  readonly status: number;
  /** From the Retry-After header of a 429 or 503, when TMDB (or CloudFront) sent one. */
  readonly retryAfterMs: number | null;

  constructor(kind: ErrorKind, message: string, status: number, retryAfterMs: number | null) {
    super(kind, message);
    this.name = 'TmdbHttpError';
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * Reads a Retry-After header, which is either delay-seconds or an HTTP date.
 * Returns milliseconds to wait, or null when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();

  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);

  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/** The error for a non-2xx answer, from its status, its JSON body (if any) and its headers. */
export function errorFromResponse(
  status: number,
  body: RawError | null,
  headers: Headers,
  now: number,
): TmdbHttpError {
  const code = body?.status_code;
  const detail = body?.status_message ?? body?.errors?.join('; ') ?? `HTTP ${status}`;
  const make = (kind: ErrorKind, message: string, retryAfterMs: number | null = null) =>
    new TmdbHttpError(kind, message, status, retryAfterMs);

  if (status === 401 && code === 10) {
    return make('invalid-key', 'TMDB has suspended this API key. Check the key in the options.');
  }
  if (status === 401) {
    return make('invalid-key', 'TMDB did not accept the API key. Check the key in the options.');
  }
  if (status === 404) return make('not-found', `TMDB has no such title (${detail})`);

  const retryAfter = parseRetryAfter(headers.get('Retry-After'), now);
  if (status === 429) return make('rate-limited', 'TMDB asked us to slow down', retryAfter);
  if (status >= 500) return make('server', `TMDB is having trouble (${detail})`, retryAfter);
  return make('bad-request', `TMDB refused the request (${detail})`);
}

/**
 * The error for a request that got no HTTP answer: aborted by its timeout,
 * cancelled by its job, or failed in the network (offline, DNS, CORS).
 */
export function errorFromFailure(error: unknown, signal: AbortSignal | undefined): ReelcardError {
  if (error instanceof ReelcardError) return error;

  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  if (isTimeout(reason) || isTimeout(error)) {
    return new ReelcardError('timeout', 'TMDB took too long to answer', { cause: error });
  }
  if (signal?.aborted) {
    return new ReelcardError('cancelled', 'The request was cancelled', { cause: error });
  }
  return new ReelcardError('offline', 'Could not reach TMDB. Are you offline?', { cause: error });
}

function isTimeout(value: unknown): boolean {
  return value instanceof Error && value.name === 'TimeoutError';
}
