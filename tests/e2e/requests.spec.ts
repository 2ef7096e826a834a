/**
 * Request counts on a stress page of 300 tiles built from the real saved
 * Netflix markup (tests/fixtures/stress): the extension asks TMDB at most once
 * per title, never twice the same thing, nothing on a warm reload, and nothing
 * for tiles the user never scrolled near. Counts only: every wait below is a
 * bounded poll for a state, never a timed assertion.
 */
import type { Page } from '@playwright/test';
import { buildStressPage, STRESS_URL } from '../fixtures/stress/page';
import { TILE_SELECTOR, tileDistances } from '../bench/probes';
import { duplicates, farRequests, isTitleRequest, titlesAskedTwice } from '../bench/requests';
import { INJECTED_JS_BUDGET, measureBuildSizes } from '../bench/size';
import type { Standin } from '../standin/index';
import { PARK_SCREENS } from '../../entrypoints/content/viewport';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { waitForQuiet } from './quiet';

const TILES = 300;

/** Tiles starting within this many viewport heights are near (the viewport and the screen below). */
const NEAR = 2;
/** Tiles starting this far down were never near; a margin above NEAR leaves room for look-ahead. */
const FAR = 3;

let stressHtml: string | null = null;
const stressPage = () => (stressHtml ??= buildStressPage(TILES).html);

/** Titles of the near tiles that have no settled badge yet (none left means the page is done). */
function unsettledNear(options: { selector: string; near: number }): string[] {
  const settled = new Set(
    [...document.querySelectorAll('reelcard-badge')]
      .filter((badge) => badge.getAttribute('data-state') !== 'loading')
      .map((badge) => badge.getAttribute('data-title')),
  );
  return [...document.querySelectorAll(options.selector)]
    .filter((tile) => tile.getBoundingClientRect().top < options.near * window.innerHeight)
    .map((tile) => tile.getAttribute('aria-label') ?? '')
    .filter((title) => !settled.has(title));
}

/** Titles of the tiles on screen now that have no settled badge. */
function unsettledOnScreen(selector: string): string[] {
  const settled = new Set(
    [...document.querySelectorAll('reelcard-badge')]
      .filter((badge) => badge.getAttribute('data-state') !== 'loading')
      .map((badge) => badge.getAttribute('data-title')),
  );
  return [...document.querySelectorAll(selector)]
    .filter((tile) => {
      const box = tile.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    })
    .map((tile) => tile.getAttribute('aria-label') ?? '')
    .filter((title) => !settled.has(title));
}

async function waitForNearBadges(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(unsettledNear, { selector: TILE_SELECTOR, near: NEAR }), {
      timeout: 30_000,
    })
    .toEqual([]);
}

/** The stand-in's requests from `start` on, about titles (not the key check or configuration). */
function titleRequestsSince(standin: Standin, start: number) {
  return standin.log.slice(start).filter(isTitleRequest);
}

test.describe('TMDB requests on a 300-tile Netflix page', () => {
  test.beforeEach(async ({ server, setApiKey }) => {
    server.addPage(STRESS_URL, stressPage());
    await setApiKey();
  });

  test('a cold load asks once per title, never twice the same, nothing for far tiles', async ({
    page,
    standin,
  }) => {
    const start = standin.log.length;
    await page.goto(STRESS_URL);
    await waitForNearBadges(page);

    const requests = titleRequestsSince(standin, start);
    const distances = await page.evaluate(tileDistances, TILE_SELECTOR);
    expect(requests.length).toBeGreaterThan(0);
    expect(titlesAskedTwice(requests)).toEqual([]);
    expect(duplicates(requests)).toEqual([]);
    expect(farRequests(requests, distances, FAR).far).toEqual([]);
  });

  test('tiles far down the page are badged once scrolled to, in one jump', async ({ page }) => {
    await page.goto(STRESS_URL);
    await waitForNearBadges(page);
    // Far enough down that the viewport watcher parked them off its observer.
    const deepest = Math.max(...Object.values(await page.evaluate(tileDistances, TILE_SELECTOR)));
    expect(deepest).toBeGreaterThan(PARK_SCREENS + 1);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(() => page.evaluate(unsettledOnScreen, TILE_SELECTOR), { timeout: 30_000 })
      .toEqual([]);
  });

  test('a warm reload asks nothing', async ({ page, standin }) => {
    await page.goto(STRESS_URL);
    await waitForNearBadges(page);
    await waitForQuiet(standin);

    const start = standin.log.length;
    await page.reload();
    await waitForNearBadges(page);
    expect(titleRequestsSince(standin, start)).toEqual([]);
  });
});

test('the content script injected into pages is at most 30 kB gzipped', () => {
  const sizes = measureBuildSizes(EXTENSION_DIR);
  expect(sizes.injectedFiles.length).toBeGreaterThan(0);
  expect(sizes.injectedJs).toBeLessThanOrEqual(INJECTED_JS_BUDGET);
});
