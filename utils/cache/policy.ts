/** How long cached TMDB answers stay fresh, and the limits nothing may exceed. */

export type CacheKind = 'search' | 'lookup' | 'details' | 'not-found';

const DAY = 24 * 60 * 60 * 1000;

/** After this an entry is stale: still served, but refreshed in the background. */
export const FRESH_FOR: Record<CacheKind, number> = {
  search: 7 * DAY,
  lookup: 7 * DAY,
  details: 3 * DAY,
  // A title TMDB did not know may be added soon; never serve this stale.
  'not-found': 1 * DAY,
};

/** TMDB's terms: no cached data older than six months, ever, whether served or kept. */
export const HARD_CAP_MS = 180 * DAY;

/** The size bounds and timings of one cache. */
export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** Entries also kept in memory in front of IndexedDB. */
  memoryEntries: number;
  /** How long `lastUsed` updates may wait before the index is written. */
  flushDelayMs: number;
}

/** 5,000 entries or about 20 MB, whichever comes first. */
export const DEFAULT_LIMITS: CacheLimits = {
  maxEntries: 5000,
  maxBytes: 20 * 1024 * 1024,
  memoryEntries: 200,
  flushDelayMs: 5000,
};

/** Eviction goes below the bound by this share, so it does not run again on the next write. */
export const EVICTION_HEADROOM = 0.9;

/** Fresh: serve. Stale: serve and refresh. Expired: load again, never serve. */
export type Freshness = 'fresh' | 'stale' | 'expired';

/** Where an entry stored at `storedAt` stands at `now`. */
export function freshness(kind: CacheKind, storedAt: number, now: number): Freshness {
  const age = now - storedAt;
  if (age < 0 || age >= HARD_CAP_MS) return 'expired';
  if (age < FRESH_FOR[kind]) return 'fresh';
  return kind === 'not-found' ? 'expired' : 'stale';
}
