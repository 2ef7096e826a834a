/**
 * The cache's IndexedDB failing under the extension: every write refused
 * (as when the disk quota is used up), entries overwritten with junk, and
 * the object store deleted outright. The cache holds only TMDB answers, so
 * in each case lookups go on (refetching what they must) and the user's
 * settings, key and corrections, which live in storage.local, are intact.
 */
import { expect, test } from '../fixtures';
import { REAL_TITLES, listPage } from '../../fixtures/hostile/pages';
import { badges, expectBadges, openCard, openListPage } from '../security/helpers';
import { guardUserData } from './user-data';
import {
  CACHE_DB,
  CACHE_STORE,
  deleteStore,
  openBareExtensionPage,
  stopExtensionWorker,
  writeGarbage,
} from './worker';

const REAL = REAL_TITLES.length;
const NAMES = { db: CACHE_DB, store: CACHE_STORE };

test.describe('cache storage faults', () => {
  test('refused cache writes (quota exceeded) do not stop lookups or cards', async ({
    page,
    context,
    server,
    extensionId,
    serviceWorker,
    setApiKey,
  }) => {
    await setApiKey();
    const intact = await guardUserData(context, extensionId);
    const refused = await serviceWorker.evaluate(() => {
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = quota;
      IDBObjectStore.prototype.add = quota;
      return typeof IDBObjectStore.prototype.put;
    });
    expect(refused).toBe('function');

    await openListPage(page, server, 'ls-fault-quota', listPage(REAL_TITLES));
    await expectBadges(page, 'matched', REAL);
    await openCard(page, badges(page).first());
    await intact();
  });

  test('junk in the cache store is not trusted: titles are fetched again', async ({
    page,
    context,
    server,
    standin,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const intact = await guardUserData(context, extensionId);
    const url = await openListPage(page, server, 'ls-fault-junk', listPage(REAL_TITLES));
    await expectBadges(page, 'matched', REAL);

    // With the worker stopped its memory is gone too: the next lookups read the database.
    await stopExtensionWorker(page, extensionId);
    const bare = await openBareExtensionPage(page, extensionId);
    expect(await bare.evaluate(writeGarbage, NAMES)).toBeGreaterThan(0);
    await bare.close();

    const before = standin.log.length;
    await page.goto(url);
    await expectBadges(page, 'matched', REAL);
    expect(standin.log.length).toBeGreaterThan(before);
    await intact();
  });

  test('a deleted cache store is rebuilt and the extension keeps working', async ({
    page,
    context,
    server,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const intact = await guardUserData(context, extensionId);
    const url = await openListPage(page, server, 'ls-fault-nostore', listPage(REAL_TITLES));
    await expectBadges(page, 'matched', REAL);

    await stopExtensionWorker(page, extensionId);
    const bare = await openBareExtensionPage(page, extensionId);
    await bare.evaluate(deleteStore, NAMES);
    await bare.close();

    await page.goto(url);
    await expectBadges(page, 'matched', REAL);
    await openCard(page, badges(page).first());
    await intact();
  });
});
