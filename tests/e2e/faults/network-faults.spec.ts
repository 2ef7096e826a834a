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
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { listPage } from '../../fixtures/hostile/pages';
import { badges, expectBadges, openListPage } from '../security/helpers';
import { guardUserData, MANY_TITLES } from './user-data';

const FIND = '/3/find/';

interface WorkerVersions {
  versions: { scriptURL: string; runningStatus: string }[];
}

/**
 * Stops the extension's service worker through CDP, as the browser does to
 * idle or stuck workers, and waits until DevTools reports it stopped.
 * (Playwright's Worker 'close' event comes late, so it is not waited on.)
 */
async function stopExtensionWorker(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const ours = (event: WorkerVersions, status: string) =>
    event.versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === status);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (event: WorkerVersions) => {
      if (ours(event, 'stopped')) resolve();
    });
  });

  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

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
