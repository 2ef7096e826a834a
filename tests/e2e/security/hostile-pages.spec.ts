/**
 * Hostile pages, end to end in the production build: a page script looks
 * for the API key everywhere a page can look, tries to make the extension
 * look things up or open cards for it, and restyles our elements with
 * `!important` rules. Pages are served at www.imdb.com list URLs so the
 * content script runs on them (markup: tests/fixtures/hostile/pages.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { TEST_API_KEY } from '../../standin';
import {
  hostileCssPage,
  listItem,
  listPage,
  REAL_TITLES,
  snifferPage,
} from '../../fixtures/hostile/pages';
import { injectionAttempts, SNIFFER_HEAD } from '../../fixtures/hostile/page-scripts';
import { BADGE, CARD, badges, expectBadges, openCard, openListPage } from './helpers';
import { computedStyleInside, pierceDocument, textOf } from './shadow-dom';

const REAL = REAL_TITLES.length;
const INJECTED_TITLE = 'Injected Lookup Title';

/** Adds a real title row; once its badge matches, the extension has handled what came before. */
async function addSentinelRow(page: Page): Promise<void> {
  const row = listItem({ title: 'Titanic', imdbId: 'tt0120338', year: 1997 }, 99);
  await page.evaluate((html) => {
    document.querySelector('ul.ipc-metadata-list')!.insertAdjacentHTML('beforeend', html);
  }, row);
  await expectBadges(page, 'matched', REAL + 1);
}

/**
 * Synthetic (untrusted) versions of what opens a card for a user. Not
 * `focus()`: browsers mark the focus event it causes as trusted, so a page
 * can open the card of a title it shows that way (see SECURITY.md).
 */
function dispatchSyntheticEvents(): number {
  const hosts = [...document.querySelectorAll('reelcard-badge')] as HTMLElement[];
  for (const host of hosts) {
    host.click();
    for (const type of ['mouseenter', 'mouseover', 'pointerenter', 'pointerover']) {
      host.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
  }
  return hosts.length;
}

test.describe('hostile pages', () => {
  test('a page script finds the API key nowhere it can look', async ({
    page,
    server,
    setApiKey,
  }) => {
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-sniffer', snifferPage(SNIFFER_HEAD));
    await expectBadges(page, 'matched', REAL);
    await openCard(page, badges(page).first());

    const seen = await page.evaluate(() =>
      (window as unknown as { sniffEverything: () => string }).sniffEverything(),
    );
    expect(seen).toContain('reelcard-badge'); // the sniffer did see our elements
    expect(seen).not.toContain(TEST_API_KEY);
    expect(seen).not.toContain('api_key');

    // Not even the closed shadow roots, which only DevTools can read, hold it.
    expect(textOf(await pierceDocument(page))).not.toContain(TEST_API_KEY);
  });

  test('a page cannot start lookups or open cards through the extension', async ({
    page,
    server,
    standin,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-injector', listPage(REAL_TITLES));
    await expectBadges(page, 'matched', REAL);
    const before = standin.log.length;

    const attempts = await page.evaluate(injectionAttempts, { extensionId, title: INJECTED_TITLE });
    const dispatched = await page.evaluate(dispatchSyntheticEvents);
    expect(dispatched).toBe(REAL);
    // Without externally_connectable the page has no way to address the extension at all.
    expect(attempts).toContain('chrome.runtime: undefined');

    await addSentinelRow(page);
    const after = standin.log.slice(before);
    expect(after.filter((entry) => entry.url.includes(INJECTED_TITLE))).toEqual([]);
    // Opening a card fetches details; none was opened, so none was fetched.
    expect(after.filter((entry) => /^\/3\/(movie|tv)\/\d+/.test(entry.path))).toEqual([]);
    await expect(page.locator(`${CARD}[data-state]`)).toHaveCount(0);
  });

  test('page CSS cannot hide, move or restyle the badge and the card', async ({
    page,
    server,
    setApiKey,
  }) => {
    const properties = ['color', 'font-size', 'font-family', 'display', 'visibility', 'opacity'];
    await setApiKey();

    await openListPage(page, server, 'ls-plain-css', listPage(REAL_TITLES));
    await expectBadges(page, 'matched', REAL);
    await openCard(page, badges(page).first());
    const plainCard = await computedStyleInside(page, CARD, 'title', properties);
    const plainBadge = await computedStyleInside(page, BADGE, 'value', properties);

    await openListPage(page, server, 'ls-hostile-css', hostileCssPage());
    await expectBadges(page, 'matched', REAL);
    for (const badge of await badges(page).all()) await expect(badge).toBeVisible();
    // The real mouse still reaches the badge through `pointer-events: none !important`.
    await openCard(page, badges(page).first());
    await expect(page.locator(CARD)).toBeVisible();

    expect(await computedStyleInside(page, CARD, 'title', properties)).toEqual(plainCard);
    expect(await computedStyleInside(page, BADGE, 'value', properties)).toEqual(plainBadge);
  });
});
