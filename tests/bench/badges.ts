/**
 * Time to badges: from the first tile being in the document to matched badges
 * on 95% of the tiles of the first viewport, read from the page's own clock
 * (`installBadgeClock`), so the bench's polling adds nothing to the figure.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { installBadgeClock, readBadgeClock, TILE_SELECTOR, type BadgeClock } from './probes';

/** Share of the first viewport's tiles that must show a matched badge. */
export const BADGE_SHARE = 0.95;

export interface BadgeTiming {
  /** Milliseconds from tiles to badges; null when the share was not reached in time. */
  ms: number | null;
  /** Milliseconds from DOMContentLoaded (when a content script can start) to badges. */
  afterDomReadyMs: number | null;
  matched: number;
  total: number;
}

/** Installs the clock in every page the context opens from now on. */
export async function addBadgeClock(context: BrowserContext): Promise<void> {
  await context.addInitScript(installBadgeClock, { selector: TILE_SELECTOR, share: BADGE_SHARE });
}

function domReadyAt(): number {
  const entry = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return entry?.domContentLoadedEventStart ?? 0;
}

/**
 * Navigates (or reloads when `url` is null) and waits, polling with a bound,
 * for the clock to stop.
 */
export async function timeToBadges(
  page: Page,
  url: string | null,
  limitMs = 30_000,
): Promise<BadgeTiming> {
  if (url) await page.goto(url, { waitUntil: 'domcontentloaded' });
  else await page.reload({ waitUntil: 'domcontentloaded' });

  const deadline = Date.now() + limitMs;
  let clock: BadgeClock | null = null;
  while (Date.now() < deadline) {
    clock = await page.evaluate(readBadgeClock);
    if (clock?.badgesAt != null) break;
    await page.waitForTimeout(50);
  }

  const domReady = await page.evaluate(domReadyAt);
  const stopped = clock?.badgesAt ?? null;
  return {
    ms: stopped !== null && clock?.tilesAt != null ? stopped - clock.tilesAt : null,
    afterDomReadyMs: stopped !== null ? stopped - domReady : null,
    matched: clock?.matched ?? 0,
    total: clock?.total ?? 0,
  };
}
