/**
 * The walking skeleton: with a key set, the saved IMDb page of The Matrix
 * gets a matched badge for TMDB movie 603, the lookup shows in the stand-in's
 * log, and a reload is answered from the extension's cache (IndexedDB) with
 * no request at all.
 */
import { expect, test } from './fixtures';

const MATRIX_PAGE = 'https://www.imdb.com/title/tt0133093/';
const MATCHED = 'reelcard-badge[data-state="matched"][data-tmdb-type="movie"][data-tmdb-id="603"]';

/** Requests for titles (search, find, details), as opposed to session set-up like /configuration. */
const TITLE_REQUEST = /^\/3\/(search|find|movie|tv)\//;

test('badges The Matrix on IMDb and remembers it across a reload', async ({
  page,
  setApiKey,
  standin,
}) => {
  await setApiKey();

  await page.goto(MATRIX_PAGE);
  await expect(page.locator(MATCHED).first()).toBeAttached();

  const lookups = standin.log.filter((e) => TITLE_REQUEST.test(e.path));
  expect(lookups.length).toBeGreaterThan(0);
  expect(lookups.every((e) => e.status === 200)).toBe(true);

  const before = standin.log.length;
  await page.reload();
  await expect(page.locator(MATCHED).first()).toBeAttached();
  // Zero requests of any kind: the badge must come from the extension's own cache.
  expect(standin.log.slice(before)).toEqual([]);
});
