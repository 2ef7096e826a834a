/**
 * What to do after a failed attempt. 429s pause the whole queue (TMDB limits
 * the client, not one request); 5xx and network failures retry this job a few
 * times with backoff; everything else is final.
 */
import { ReelcardError } from '../messages';
import { TmdbHttpError } from '../tmdb/errors';
import { backoffDelay, type BackoffOptions } from './backoff';

/** How often, and how long apart, failed attempts are retried. */
export interface RetryLimits extends BackoffOptions {
  /** Retries after 5xx answers and network failures. */
  maxRetries: number;
  /** Retries after 429s; generous, so a storm delays jobs rather than failing them. */
  maxRateLimitRetries: number;
}

/** How often a job has been retried so far, by cause. */
export interface AttemptCounts {
  retries: number;
  rateLimitRetries: number;
}

/** The outcome of `decideRetry`. */
export type RetryDecision =
  | { action: 'fail' }
  /** Stop every job for `delayMs`, then retry this one. */
  | { action: 'pause'; delayMs: number }
  /** Retry only this job, after `delayMs`. */
  | { action: 'retry'; delayMs: number };

function retryAfterOf(error: unknown): number | null {
  return error instanceof TmdbHttpError ? error.retryAfterMs : null;
}

/** Whether and when to retry a job after `error`, given its retries so far. */
export function decideRetry(
  error: unknown,
  counts: AttemptCounts,
  limits: RetryLimits,
): RetryDecision {
  const kind = error instanceof ReelcardError ? error.kind : 'internal';

  if (kind === 'rate-limited' && counts.rateLimitRetries < limits.maxRateLimitRetries) {
    const delayMs = retryAfterOf(error) ?? backoffDelay(counts.rateLimitRetries, limits);
    return { action: 'pause', delayMs };
  }

  // A timeout is not retried: the caller already waited the full timeout and can re-ask.
  const transient = kind === 'server' || kind === 'offline';
  if (transient && counts.retries < limits.maxRetries) {
    const delayMs = retryAfterOf(error) ?? backoffDelay(counts.retries, limits);
    return { action: 'retry', delayMs };
  }
  return { action: 'fail' };
}
