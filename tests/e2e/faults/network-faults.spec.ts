/**
 * The network and the worker failing under the extension: answers slower
 * than the client's timeout, connections dropped (offline), and the
 * service worker stopped while requests are in flight. Each ends with the
 * titles matched once the fault clears, and the user's data intact.
 *
 * Offline is simulated with the stand-in's `drop` fault (every connection to
 * TMDB cut), not `context.setOffline`: Chromium does not apply Playwright's
 * offline emulation to extension service workers reliably, and the worker is
 * where every TMDB request comes from.
 */
import { expect, test } from '../fixtures';
import { listPage } from '../../fixtures/hostile/pages';
import { badges, expectBadges, openListPage } from '../security/helpers';
import { guardUserData, MANY_TITLES } from './user-data';
import { stopExtensionWorker } from './worker';

const FIND = '/3/find/';

test.describe('network faults', () => {
  test('a timeout shows the error, then the title matches once TMDB is fast again', async ({
    page,
    context,
    server,
    standin,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const intact = await guardUserData(context, extensionId);
    // Slower than the worker's 10 s timeout (utils/scheduler/scheduler.ts).
    const clear = standin.faults.add({ match: FIND, kind: 'slow', delayMs: 12_000 });

    const titles = MANY_TITLES.slice(0, 1);
    await openListPage(page, server, 'ls-fault-timeout', listPage(titles));
    await expectBadges(page, 'error', 1);
    await expect(badges(page).first()).toHaveAttribute('aria-label', /too long/);

    clear();
    await expectBadges(page, 'matched', 1);
    await intact();
  });

  test('offline (every connection dropped) shows the error, then recovers', async ({
    page,
    context,
    server,
    standin,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const intact = await guardUserData(context, extensionId);
    const clear = standin.faults.add({ match: FIND, kind: 'drop' });

    const titles = MANY_TITLES.slice(0, 3);
    await openListPage(page, server, 'ls-fault-offline', listPage(titles));
    await expectBadges(page, 'error', titles.length);
    await expect(badges(page).first()).toHaveAttribute('aria-label', /offline/);

    clear();
    await expectBadges(page, 'matched', titles.length);
    await intact();
  });

  test('the service worker stopped mid-request recovers and finishes', async ({
    page,
    context,
    server,
    standin,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const intact = await guardUserData(context, extensionId);
    // Hold the lookups long enough to stop the worker while they are in flight.
    const clear = standin.faults.add({ match: FIND, kind: 'slow', delayMs: 5_000 });

    const titles = MANY_TITLES.slice(0, 4);
    await openListPage(page, server, 'ls-fault-worker', listPage(titles));
    await expect.poll(() => standin.log.count(FIND)).toBeGreaterThan(0);

    await stopExtensionWorker(page, extensionId);
    clear();

    // The worker starts again on the next message; every title ends matched.
    await expectBadges(page, 'matched', titles.length);
    await intact();
  });
});
