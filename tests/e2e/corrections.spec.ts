/**
 * "Wrong title?" end to end: the user corrects a title from its card, by
 * picking another candidate or by searching; every badge of that title on
 * the page follows; the choice is stored, so a reload asks TMDB for no new
 * search and clearing the cache does not lose it (corrections are never
 * evicted); "Undo my choice" brings the automatic match back. Controls
 * inside the closed shadow root are pressed with the real mouse at
 * coordinates from the DevTools box model, or with the keyboard.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badgeFor, badges, openCard, openListPage } from './security/helpers';
import { clickInCard, type Target } from './card/card-input';
import { messageFromOptions, searchRequests, detailsRequests } from './card/helpers';
import { FILMS, listPage, type Row } from './card/pages';

/** The 2005 film, the one the IMDb id on the page names. */
const SERENITY_2005 = 16320;
/** The 2019 film of the same name, the one the user means. */
const SERENITY_2019 = 452832;

/** "Serenity" without a year, listed twice, with another film between. */
const SERENITY: Row = { title: 'Serenity', imdbId: 'tt0379786' };

/** The TMDB ids of every badge whose title starts with `title`, in page order. */
function idsOf(page: Page, title: string): Promise<(string | null)[]> {
  return badgeFor(page, title).evaluateAll((all) =>
    all.map((badge) =>
      badge.getAttribute('data-state') === 'matched' ? badge.getAttribute('data-tmdb-id') : null,
    ),
  );
}

async function expectIds(page: Page, title: string, ids: number[]): Promise<void> {
  await expect.poll(() => idsOf(page, title), { timeout: 20_000 }).toEqual(ids.map(String));
}

/** Clicks a control inside the card, waiting until it is there (lists fill asynchronously). */
async function press(page: Page, target: Target): Promise<void> {
  await expect.poll(() => clickInCard(page, target), { timeout: 15_000 }).toBe(true);
}

/** Searches and /find requests that were about `title` or `imdbId`. */
function asksAbout(urls: string[], title: string, imdbId: string): string[] {
  return urls.filter((url) => url.includes(`query=${title}`) || url.includes(imdbId));
}

test.describe('corrections', () => {
  test('a wrong match corrected from the card holds on every badge, after reload and a cleared cache, until undone', async ({
    context,
    extensionId,
    page,
    server,
    setApiKey,
    standin,
  }) => {
    await setApiKey();
    const url = await openListPage(
      page,
      server,
      'ls-serenity',
      listPage([SERENITY, FILMS.matrix, SERENITY]),
    );
    await expectIds(page, 'Serenity', [SERENITY_2005, SERENITY_2005]);

    // The card of the first Serenity → "Wrong title?" → the 2019 film from the search.
    await openCard(page, badgeFor(page, 'Serenity').first());
    await press(page, { className: 'link-button', text: /Wrong title\?/ });
    await press(page, { className: 'candidate', text: /Serenity \(2019\)/ });

    await expectIds(page, 'Serenity', [SERENITY_2019, SERENITY_2019]);
    await expect(badgeFor(page, 'The Matrix')).toHaveAttribute('data-tmdb-id', '603');
    // The filter below does see this title's requests: the /find and the picker's search.
    expect(asksAbout(searchRequests(standin), 'Serenity', SERENITY.imdbId)).toHaveLength(2);

    // Reload: the stored correction answers, with no search or /find for the title.
    let start = standin.log.length;
    await page.reload();
    await expectIds(page, 'Serenity', [SERENITY_2019, SERENITY_2019]);
    expect(asksAbout(searchRequests(standin, start), 'Serenity', SERENITY.imdbId)).toEqual([]);

    // Clearing the cache from the options page drops TMDB's answers, not the correction.
    await messageFromOptions(context, extensionId, 'clearCache');
    start = standin.log.length;
    await page.goto(url);
    await expectIds(page, 'Serenity', [SERENITY_2019, SERENITY_2019]);
    expect(asksAbout(searchRequests(standin, start), 'Serenity', SERENITY.imdbId)).toEqual([]);
    // The corrected title's details were fetched afresh: the cache really was empty.
    expect(detailsRequests(standin, SERENITY_2019, start)).toBeGreaterThan(0);

    // "Undo my choice": every badge goes back to the automatic match, and stays there.
    await openCard(page, badgeFor(page, 'Serenity').first());
    await press(page, { className: 'link-button', text: /Undo my choice/ });
    await expectIds(page, 'Serenity', [SERENITY_2005, SERENITY_2005]);
    await page.reload();
    await expectIds(page, 'Serenity', [SERENITY_2005, SERENITY_2005]);
  });

  test('an unmatched title is matched by typing a search in the card', async ({
    page,
    server,
    setApiKey,
  }) => {
    await setApiKey();
    // A misspelt title with an IMDb id TMDB does not know: nothing matches it.
    const typo: Row = { title: 'Serenty', imdbId: 'tt9900990' };
    await openListPage(page, server, 'ls-serenty', listPage([typo, FILMS.matrix, typo]));
    await expect(badges(page, 'unmatched')).toHaveCount(2, { timeout: 20_000 });

    // The unmatched card opens with the picker; type the right title into its search box.
    await openCard(page, badgeFor(page, 'Serenty').first(), 'unmatched');
    await press(page, { tag: 'input' });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Serenity');
    await page.keyboard.press('Enter');
    await press(page, { className: 'candidate', text: /Serenity \(2005\)/ });

    await expectIds(page, 'Serenty', [SERENITY_2005, SERENITY_2005]);
  });
});
