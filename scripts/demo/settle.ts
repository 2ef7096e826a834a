/**
 * Decides when a page's badges have settled, from snapshots taken by polling.
 * Pure and clock-free (the caller passes the time) so the rule is unit-tested
 * without waiting; the demo's waits are bounded so it never hangs.
 */

export interface BadgeSnapshot {
  /** Number of <reelcard-badge> elements on the page. */
  total: number;
  /** How many of the badges on screen still say data-state="loading". */
  loading: number;
  /** A string that changes whenever any badge's state or title changes. */
  signature: string;
}

export type SettleVerdict = 'wait' | 'settled' | 'empty' | 'timeout';

export interface SettleLimits {
  /** Give up and report what is there after this long. */
  timeoutMs: number;
  /** With no badge at all after this long, the page shows nothing we detect. */
  emptyAfterMs: number;
  /** Badges must stay unchanged this long, none loading, to count as settled. */
  quietMs: number;
}

export const DEFAULT_LIMITS: SettleLimits = {
  timeoutMs: 30_000,
  emptyAfterMs: 8_000,
  quietMs: 1_000,
};

/** Tracks one page's snapshots from the moment it loaded. */
export class SettleTracker {
  private lastSignature: string | null = null;
  private unchangedSince = 0;

  constructor(
    private readonly startedAt: number,
    private readonly limits: SettleLimits = DEFAULT_LIMITS,
  ) {}

  /** Feeds one snapshot taken at `now` and says whether to keep waiting. */
  observe(snapshot: BadgeSnapshot, now: number): SettleVerdict {
    const elapsed = now - this.startedAt;

    // A change restarts the quiet period: more badges may still be on their way.
    if (snapshot.signature !== this.lastSignature) {
      this.lastSignature = snapshot.signature;
      this.unchangedSince = now;
    }

    if (snapshot.total === 0) return elapsed >= this.limits.emptyAfterMs ? 'empty' : 'wait';

    const quiet = now - this.unchangedSince >= this.limits.quietMs;
    if (snapshot.loading === 0 && quiet) return 'settled';

    return elapsed >= this.limits.timeoutMs ? 'timeout' : 'wait';
  }
}
