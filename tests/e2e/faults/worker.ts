/**
 * The extension's service worker and its IndexedDB, driven from outside:
 * stopping the worker as the browser does, and reaching the cache database
 * from a page of the extension's origin while the worker is stopped.
 */
import type { Page } from '@playwright/test';

interface WorkerVersions {
  versions: { scriptURL: string; runningStatus: string }[];
}

/**
 * Stops the extension's service worker through CDP, as the browser does to
 * idle or stuck workers, and waits until DevTools reports it stopped.
 * (Playwright's Worker 'close' event comes late, so it is not waited on.)
 */
export async function stopExtensionWorker(page: Page, extensionId: string): Promise<void> {
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

/** The cache database and store of utils/cache/store.ts. */
export const CACHE_DB = 'reelcard-cache';
export const CACHE_STORE = 'entries';

/**
 * Opens a bare page of the extension's origin (its SVG mark: no app code, so
 * nothing wakes the worker or holds the database open) to reach its IndexedDB.
 */
export async function openBareExtensionPage(page: Page, extensionId: string): Promise<Page> {
  const bare = await page.context().newPage();
  await bare.goto(`chrome-extension://${extensionId}/reelcard.svg`);
  return bare;
}

/** Overwrites every cache entry with junk of assorted shapes and adds junk keys; returns how many. */
export function writeGarbage(names: { db: string; store: string }): Promise<number> {
  // Shapes that break an entry's fields first, then plain junk; real keys get them in turn.
  const junk: unknown[] = [
    { value: '<script>' },
    { kind: 'lookup', storedAt: 'yesterday', value: 7 },
    { expires: 'soon' },
    'garbage',
    null,
    42,
    [],
  ];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(names.db);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(names.store, 'readwrite');
      const store = tx.objectStore(names.store);
      const keys = store.getAllKeys();
      keys.onsuccess = () => {
        keys.result.forEach((key, i) => store.put(junk[i % junk.length], key));
        junk.forEach((value, i) => store.put(value, `junk:${i}`));
      };
      tx.oncomplete = () => {
        db.close();
        resolve(keys.result.length);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Deletes the cache's object store (a version upgrade), as a broken migration might. */
export function deleteStore(names: { db: string; store: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = indexedDB.open(names.db);
    probe.onerror = () => reject(probe.error);
    probe.onsuccess = () => {
      const version = probe.result.version;
      probe.result.close();
      const upgrade = indexedDB.open(names.db, version + 1);
      upgrade.onupgradeneeded = () => upgrade.result.deleteObjectStore(names.store);
      // Blocked means another connection is open: fail rather than wait forever.
      upgrade.onblocked = () => reject(new Error('upgrade blocked by an open connection'));
      upgrade.onerror = () => reject(upgrade.error);
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
    };
  });
}
