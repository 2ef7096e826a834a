/** Retry delays: exponential, capped, with jitter so tabs that failed together retry apart. */

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** A number in [0, 1); injected so tests get exact delays. */
  random: () => number;
}

/**
 * The delay before retry number `attempt` (0 for the first retry): base × 2^attempt,
 * capped at maxMs, then scaled into its upper half by the jitter.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + options.random() * 0.5));
}
