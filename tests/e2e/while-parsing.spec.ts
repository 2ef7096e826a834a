/**
 * The content script starts while the page is parsed. On a Netflix page
 * whose body the server holds back after the first rows (the inline data
 * with the tiles' types and years, and the rest of the tiles, still to come):
 * nothing is asked of TMDB while it loads, since a title read then may lack
 * that data; on a revisit, the first titles are badged from the cache before
 * the page has finished loading. Counts and states only: the waits are
 * bounded polls.
 */
import type { Page } from '@playwright/test';
import { buildStressPage, STRESS_URL } from '../fixtures/stress/page';
import { TILE_SELECTOR } from '../bench/probes';
import { isTitleRequest } from '../bench/requests';
import type { HostServer } from '../harness/server';
import type { Standin } from '../standin/index';
import { expect, test } from './fixtures';
import { waitForQuiet } from './quiet';

/** Rows sent before the hold: more than the first viewport holds. */
const HOLD_BEFORE = 'id="row-8"';

const stress = buildStressPage(300).html;

/** Serves the stress page held at HOLD_BEFORE; `release()` sends the rest. */
function holdPage(server: HostServer): { release(): void } {
  let release = () => {};
  const until = new Promise<void>((resolve) => (release = resolve));
  server.addPage(STRESS_URL, stress, { hold: { marker: HOLD_BEFORE, until } });
  return { release };
}

interface FirstViewport {
  loading: boolean;
  tiles: number;
  /** Tiles of the first viewport without a badge in `state`. */
  without: string[];
}

function firstViewport(options: { selector: string; state: string }): FirstViewport {
  const badged = new Set(
    [...document.querySelectorAll(`reelcard-badge[data-state="${options.state}"]`)].map((badge) =>
      badge.getAttribute('data-title'),
    ),
  );
  const tiles = [...document.querySelectorAll(options.selector)].filter(
    (tile) => tile.getBoundingClientRect().top < window.innerHeight,
  );
  return {
    loading: document.readyState === 'loading',
    tiles: tiles.length,
    without: tiles
      .map((tile) => tile.getAttribute('aria-label') ?? '')
      .filter((title) => !badged.has(title)),
  };
}

/** Waits until the first viewport's tiles all have a badge in `state` (drawn or not). */
async function waitForFirstViewport(page: Page, state: string): Promise<FirstViewport> {
  let last: FirstViewport | null = null;
  await expect
    .poll(
      async () => {
        last = await page.evaluate(firstViewport, { selector: TILE_SELECTOR, state });
        return last.tiles > 0 && last.without.length === 0;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return last!;
}

/** Titles whose badge was drawn (it came near): the content script did look at them. */
function drawnBadges(): number {
  return document.querySelectorAll('reelcard-badge:not([hidden])').length;
}

/** The contract attributes of every matched badge, by title. */
function badgeContract(): Record<string, string[]> {
  const attributes = ['data-year', 'data-tmdb-type', 'data-tmdb-id'];
  return Object.fromEntries(
    [...document.querySelectorAll('reelcard-badge[data-state="matched"]')].map((badge) => [
      badge.getAttribute('data-title') ?? '',
      attributes.map((name) => badge.getAttribute(name) ?? ''),
    ]),
  );
}

function titleRequests(standin: Standin, since: number) {
  return standin.log.slice(since).filter(isTitleRequest);
}

test.describe('a Netflix page still being parsed', () => {
  test.beforeEach(async ({ setApiKey }) => setApiKey());

  test('asks TMDB nothing while it loads, and asks about its near titles once loaded', async ({
    page,
    server,
    standin,
  }) => {
    const held = holdPage(server);
    const start = standin.log.length;
    await page.goto(STRESS_URL, { waitUntil: 'commit' });

    const loading = await waitForFirstViewport(page, 'loading');
    expect(loading.loading).toBe(true);
    await expect.poll(() => page.evaluate(drawnBadges)).toBeGreaterThanOrEqual(loading.tiles);
    // Room for a request that should not have been sent to arrive before it is counted.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(titleRequests(standin, start)).toEqual([]);

    held.release();
    const loaded = await waitForFirstViewport(page, 'matched');
    expect(loaded.loading).toBe(false);
    expect(titleRequests(standin, start).length).toBeGreaterThanOrEqual(loaded.tiles);
  });

  test('on a revisit, badges its first titles from the cache before it has loaded', async ({
    page,
    server,
    standin,
  }) => {
    server.addPage(STRESS_URL, stress);
    await page.goto(STRESS_URL);
    await waitForFirstViewport(page, 'matched');
    await waitForQuiet(standin);

    const held = holdPage(server);
    const start = standin.log.length;
    await page.reload({ waitUntil: 'commit' });
    const first = await waitForFirstViewport(page, 'matched');

    expect(first.loading).toBe(true);
    const whileLoading = await page.evaluate(badgeContract);
    held.release();
    await page.waitForLoadState('load');
    await waitForFirstViewport(page, 'matched');

    // The early answers are the ones the page read in full gives: same titles, years, ids.
    const loaded = await page.evaluate(badgeContract);
    const titles = Object.keys(whileLoading);
    expect(titles.length).toBeGreaterThanOrEqual(first.tiles);
    expect(Object.fromEntries(titles.map((title) => [title, loaded[title]]))).toEqual(whileLoading);
    expect(titleRequests(standin, start)).toEqual([]);
  });
});
