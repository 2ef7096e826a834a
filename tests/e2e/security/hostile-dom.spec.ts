/**
 * Pages built to break a content script: titles that are markup, 10,000
 * characters long or full of control characters; a DOM 5,000 levels deep;
 * a script replacing 1,000 nodes every frame. The content script must not
 * crash or stall: the page keeps answering, nothing runs, and the real
 * titles still get their badges. Counts and states only, never timings.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  deepPage,
  HOSTILE_TITLES,
  markupTitlesPage,
  mutationStormPage,
  REAL_TITLES,
} from '../../fixtures/hostile/pages';
import { MARKUP, PWNED_FLAG } from '../../fixtures/hostile/payloads';
import { badgeFor, badges, expectBadges, openListPage, pageGlobal } from './helpers';

const REAL = REAL_TITLES.length;

/** The page's main thread answers: one round trip through evaluate completes. */
async function expectResponsive(page: Page): Promise<void> {
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
}

/** The real titles' badges, each matched (titles are looked up once they scroll into view). */
async function expectRealTitlesMatched(page: Page): Promise<void> {
  for (const { title } of REAL_TITLES) {
    const badge = badgeFor(page, title);
    await badge.scrollIntoViewIfNeeded();
    await expect(badge).toHaveAttribute('data-state', 'matched', { timeout: 30_000 });
  }
}

/** Every badge leaves the loading state once it has been in view. */
async function expectAllSettled(page: Page): Promise<void> {
  for (const badge of await badges(page).all()) {
    await badge.scrollIntoViewIfNeeded();
    await expect(badge).not.toHaveAttribute('data-state', 'loading', { timeout: 30_000 });
  }
}

test.describe('hostile page content', () => {
  test('titles made of markup, 10,000 characters or control characters stay text', async ({
    page,
    server,
    setApiKey,
  }) => {
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-titles', markupTitlesPage());

    // Every hostile row has one badge too, and each settles; the real titles still match.
    await expect(badges(page)).toHaveCount(REAL + HOSTILE_TITLES.length);
    await expectAllSettled(page);
    await expectRealTitlesMatched(page);

    // The title is carried as read, as an attribute value, never parsed.
    await expect(badgeFor(page, MARKUP.img)).toHaveAttribute('data-title', MARKUP.img);
    expect(await page.locator('img[src="x"], iframe, svg[onload]').count()).toBe(0);
    expect(await pageGlobal(page, PWNED_FLAG)).toBeUndefined();
    await expectResponsive(page);
  });

  test('a DOM 5,000 levels deep does not crash detection', async ({ page, server, setApiKey }) => {
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-deep', deepPage(5_000));

    expect(await pageGlobal(page, 'nestDepth')).toBe(5_000);
    await expectBadges(page, 'matched', REAL);
    await expectRealTitlesMatched(page);
    await expectResponsive(page);
  });

  test('1,000 nodes replaced every frame do not stall the page or lose titles', async ({
    page,
    server,
    setApiKey,
  }) => {
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-storm', mutationStormPage(1_000, 180));

    // Badges arrive while the storm is still raging, and the page answers meanwhile.
    await expectRealTitlesMatched(page);
    await expectResponsive(page);

    await expect.poll(() => pageGlobal(page, 'stormDone'), { timeout: 30_000 }).toBe(true);
    await expect(badges(page)).toHaveCount(REAL);
    await expectBadges(page, 'matched', REAL);
    await expectResponsive(page);
  });
});
