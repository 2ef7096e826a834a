/**
 * Reads the badges on a page through the testability contract only: every
 * detected title has one <reelcard-badge> with data-state, data-title,
 * data-year and, once matched, data-tmdb-type and data-tmdb-id. The rating
 * comes from the host's accessible label, which is what a screen reader hears.
 */
import type { Page } from 'playwright-core';
import { SettleTracker, type BadgeSnapshot, type SettleLimits, type SettleVerdict } from './settle';

export interface BadgeRow {
  title: string;
  year: string;
  state: string;
  /** "movie:603" once matched, else empty. */
  tmdb: string;
  /** The rating the badge shows, e.g. "8.2", else empty. */
  rating: string;
}

/** How often the demo looks at the page while badges load. */
const POLL_MS = 250;

/**
 * Runs inside the page. Kept free of inner named functions: tsx wraps those in
 * a helper that does not exist in the page.
 */
function readBadgesInPage(): BadgeRow[] {
  return Array.from(document.querySelectorAll('reelcard-badge')).map((badge) => {
    const type = badge.getAttribute('data-tmdb-type');
    const id = badge.getAttribute('data-tmdb-id');
    const label = badge.getAttribute('aria-label') ?? '';
    const state = badge.getAttribute('data-state') ?? '';
    const rating = state === 'matched' ? (/\b\d{1,2}(?:[.,]\d)?\b/.exec(label)?.[0] ?? '') : '';
    return {
      title: badge.getAttribute('data-title') ?? '',
      year: badge.getAttribute('data-year') ?? '',
      state,
      tmdb: type && id ? `${type}:${id}` : '',
      rating,
    };
  });
}

/** Every badge on the page, in document order. */
export async function readBadges(page: Page): Promise<BadgeRow[]> {
  return page.evaluate(readBadgesInPage);
}

function snapshotOf(rows: BadgeRow[]): BadgeSnapshot {
  return {
    total: rows.length,
    loading: rows.filter((row) => row.state === 'loading').length,
    signature: rows.map((row) => `${row.state}|${row.title}|${row.tmdb}`).join('\n'),
  };
}

/**
 * Polls until the badges settle, the page turns out to show none, or the
 * limit passes; never longer than `limits.timeoutMs` plus one poll.
 */
export async function waitForBadges(
  page: Page,
  limits?: SettleLimits,
): Promise<{ verdict: SettleVerdict; rows: BadgeRow[] }> {
  const tracker = new SettleTracker(Date.now(), limits);

  for (;;) {
    const rows = await readBadges(page);
    const verdict = tracker.observe(snapshotOf(rows), Date.now());
    if (verdict !== 'wait') return { verdict, rows };

    await page.waitForTimeout(POLL_MS);
  }
}
