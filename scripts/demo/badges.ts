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
  /** Whether the badge is on screen now: badges look up their title when they come into view. */
  visible: boolean;
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
    const box = badge.getBoundingClientRect();
    const visible =
      box.width > 0 &&
      box.bottom > 0 &&
      box.top < innerHeight &&
      box.right > 0 &&
      box.left < innerWidth;
    return {
      title: badge.getAttribute('data-title') ?? '',
      year: badge.getAttribute('data-year') ?? '',
      state,
      tmdb: type && id ? `${type}:${id}` : '',
      rating,
      visible,
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
    // Off-screen badges wait for the user to scroll to them, so only visible ones count.
    loading: rows.filter((row) => row.state === 'loading' && row.visible).length,
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

/** Each scroll step only waits for the badges that just came into view. */
const STEP_LIMITS: SettleLimits = { timeoutMs: 8_000, emptyAfterMs: 0, quietMs: 400 };

/** Long unstyled saved pages run to a few dozen screens; stop there either way. */
const MAX_SCROLL_STEPS = 40;

/**
 * Scrolls down a screen at a time, as a reader would, letting the badges that
 * come into view look up their titles; then back to the top.
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < MAX_SCROLL_STEPS; step += 1) {
    const moved = await page.evaluate(() => {
      const before = scrollY;
      scrollTo({ top: before + innerHeight * 0.9, behavior: 'instant' });
      return scrollY !== before;
    });
    if (!moved) break;

    await waitForBadges(page, STEP_LIMITS);
  }
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
}
