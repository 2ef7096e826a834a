/**
 * When to ask again after a transient failure (rate limit, offline, timeout,
 * server trouble): exponential backoff with jitter, so a page full of badges
 * does not retry in lockstep.
 */

/** First retry after about this long. */
export const RETRY_BASE_MS = 2000;
/** Never wait longer than this between retries. */
export const RETRY_MAX_MS = 60_000;
/** After this many tries the badge waits for `online` or the tab becoming visible. */
export const MAX_RETRIES = 6;

/** The wait before retry number `attempt` (0-based): base·2^attempt, capped, ±25% jitter. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const plain = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempt), RETRY_MAX_MS);
  const jitter = 0.75 + random() * 0.5;
  return Math.round(plain * jitter);
}

/** Whether another timed retry is allowed after `attempt` failures. */
export function mayRetry(attempt: number): boolean {
  return attempt < MAX_RETRIES;
}
