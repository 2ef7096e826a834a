/**
 * Hover to card: hovers badges one after another and measures, from the end
 * of the hover delay (the user's setting) to the card painted, how long the
 * extension takes. "Shown" is the card on screen; "details" is the card drawn
 * with its details (host `data-state="ready"` when exposed, otherwise its last
 * growth, since the card grows when details replace the summary).
 */
import type { Page } from 'playwright-core';
import {
  cardShown,
  installHoverClock,
  readHoverClock,
  resetHoverClock,
  type HoverClock,
} from './hover-probe';

export const CARD_TAG = 'reelcard-card';
export const BADGE_TAG = 'reelcard-badge';

export interface HoverSample {
  title: string;
  /** Milliseconds from the end of the delay to the card shown; null if it never showed. */
  shownMs: number | null;
  detailsMs: number | null;
}

/** Waits, polling with a bound, until `done` holds for the page's clock. */
async function waitForClock(
  page: Page,
  done: (clock: HoverClock) => boolean,
  limitMs: number,
): Promise<HoverClock> {
  const deadline = Date.now() + limitMs;
  let clock = await page.evaluate(readHoverClock);
  while (!done(clock) && Date.now() < deadline) {
    await page.waitForTimeout(40);
    clock = await page.evaluate(readHoverClock);
  }
  return clock;
}

/** Moves the pointer off every title and waits (bounded) for the card to close. */
async function leave(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  const deadline = Date.now() + 3000;
  while ((await page.evaluate(cardShown, CARD_TAG)) && Date.now() < deadline) {
    await page.waitForTimeout(50);
  }
}

/** How long the card must stay the same size before its details count as drawn. */
const QUIET_MS = 400;

/** Details are drawn: the card says so, or it has stopped growing for a while. */
function detailsSettled(clock: HoverClock): boolean {
  if (clock.readyAt !== null) return true;
  const last = Math.max(clock.shownAt ?? Infinity, ...clock.resizes);
  return (clock.now ?? 0) - last >= QUIET_MS;
}

function detailsTime(clock: HoverClock): number | null {
  if (clock.readyAt !== null) return clock.readyAt;
  return clock.resizes.length > 0 ? Math.max(...clock.resizes) : clock.shownAt;
}

/** Hovers the matched badge of each title in turn; `delayMs` is the card delay setting. */
export async function measureHovers(
  page: Page,
  titles: string[],
  delayMs: number,
): Promise<HoverSample[]> {
  await page.evaluate(installHoverClock, { cardTag: CARD_TAG, badgeTag: BADGE_TAG });
  const samples: HoverSample[] = [];

  for (const title of titles) {
    const badge = page.locator(
      `${BADGE_TAG}[data-state="matched"][data-title="${cssString(title)}"]`,
    );
    if ((await badge.count()) === 0) continue;
    await badge.first().scrollIntoViewIfNeeded();
    await page.evaluate(resetHoverClock);
    await badge.first().hover();

    // Shown first; then details, which a cold hover waits for from TMDB.
    await waitForClock(page, (c) => c.shownAt !== null, delayMs + 3000);
    const clock = await waitForClock(page, detailsSettled, 2000);
    const delayEnd = (clock.hoverAt ?? 0) + delayMs;
    const details = detailsTime(clock);
    samples.push({
      title,
      shownMs: clock.shownAt === null ? null : clock.shownAt - delayEnd,
      detailsMs: details === null ? null : details - delayEnd,
    });
    await leave(page);
  }
  return samples;
}

/** Escapes a title for a double-quoted CSS attribute value. */
function cssString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** The p-th percentile (0..100) of the non-null values, nearest-rank; null when empty. */
export function percentile(values: (number | null)[], p: number): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
