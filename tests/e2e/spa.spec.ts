/**
 * Single-page sites, end to end, on hand-made pages in Netflix's August 2026
 * layout (virtualized rows of `a[data-uia="standard-card"]` inside
 * `div[data-virtual-slot]`, as described in ../shared/pages/SIGNALS.md):
 * a row that reuses its tile for another title updates that tile's one badge,
 * and an in-page navigation replaces the badges of the old view with the new
 * view's. States and counts only.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badges } from './security/helpers';

const BROWSE = 'https://www.netflix.com/browse/reelcard-spa';

/** Titles the stand-in knows once each (tests/standin/data). */
const BLACK_MIRROR = { title: 'Black Mirror', netflixId: 70264888, tmdb: 'tv:42009' };
const TENENBAUMS = { title: 'The Royal Tenenbaums', netflixId: 60021794, tmdb: 'movie:9428' };

function tile({ title, netflixId }: { title: string; netflixId: number }): string {
  return `<div data-virtual-slot="0"><a data-uia="standard-card" href="/watch/${netflixId}"
    aria-label="${title}"><img alt="" src="data:,"></a></div>`;
}

const pageOf = (body: string) =>
  `<!doctype html><html><head><title>Netflix</title></head><body><main id="row">${body}</main>
  <script>
    // What Netflix's router does: a new URL without a page load, and a new view.
    window.goTo = (path, html) => {
      history.pushState({}, '', path);
      document.getElementById('row').innerHTML = html;
    };
  </script></body></html>`;

async function matchedIds(page: Page): Promise<string[]> {
  return page
    .locator('reelcard-badge[data-state="matched"]')
    .evaluateAll((all) =>
      all.map((b) => `${b.getAttribute('data-tmdb-type')}:${b.getAttribute('data-tmdb-id')}`),
    );
}

test.beforeEach(async ({ server, setApiKey }) => {
  server.addPage(BROWSE, pageOf(tile(BLACK_MIRROR)));
  await setApiKey();
});

test('a virtualized tile that shows another title updates its one badge', async ({ page }) => {
  await page.goto(BROWSE);
  await expect.poll(() => matchedIds(page), { timeout: 30_000 }).toEqual([BLACK_MIRROR.tmdb]);

  // The row reuses the same element for another title, as virtualized rows do.
  await page.evaluate(({ title, netflixId }) => {
    const link = document.querySelector('a[data-uia="standard-card"]')!;
    link.setAttribute('href', `/watch/${netflixId}`);
    link.setAttribute('aria-label', title);
  }, TENENBAUMS);

  await expect.poll(() => matchedIds(page), { timeout: 30_000 }).toEqual([TENENBAUMS.tmdb]);
  await expect(badges(page)).toHaveCount(1);
  await expect(badges(page)).toHaveAttribute('data-title', TENENBAUMS.title);
});

test('an in-page navigation replaces the old view’s badges with the new one’s', async ({
  page,
}) => {
  await page.goto(BROWSE);
  await expect.poll(() => matchedIds(page), { timeout: 30_000 }).toEqual([BLACK_MIRROR.tmdb]);

  await page.evaluate((html) => {
    (window as unknown as { goTo(path: string, html: string): void }).goTo(
      '/browse/genre/83',
      html,
    );
  }, tile(TENENBAUMS));

  await expect(page).toHaveURL(/\/browse\/genre\/83$/);
  await expect.poll(() => matchedIds(page), { timeout: 30_000 }).toEqual([TENENBAUMS.tmdb]);
  await expect(badges(page)).toHaveCount(1);
});
