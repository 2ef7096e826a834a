/**
 * The background's request ceiling toward TMDB, in a module without imports
 * so Node-side tests (the e2e burst test) can read the real numbers instead
 * of copying them.
 */

/** Requests per second on average. */
export const RATE_PER_SECOND = 20;

/**
 * Requests allowed at once before the rate applies; any 1 s window stays under
 * rate + burst (24), well below TMDB's ~40 per second, so several tabs and the
 * popup together cannot trip it.
 */
export const BURST = 4;

/** Requests in flight at once. */
export const CONCURRENCY = 6;
