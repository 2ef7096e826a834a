/**
 * What a fault must never touch: the user's settings, stored key and
 * corrections. Tests seed them before the fault, then check afterwards that
 * they are unchanged and that the background still reports a stored key.
 * Everything goes through an extension page, as the options page would.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { ListEntry } from '../../fixtures/hostile/pages';
import { REAL_TITLES } from '../../fixtures/hostile/pages';

/** Storage keys of the user's own data (see utils/settings.ts, key-store.ts, corrections.ts). */
const USER_KEYS = ['settings', 'apiKey', 'corrections'];

/** Real films beyond REAL_TITLES that the stand-in's /find knows, for bigger pages. */
export const MORE_TITLES: ListEntry[] = [
  { title: 'Titanic', imdbId: 'tt0120338', year: 1997 },
  { title: 'Avatar', imdbId: 'tt0499549', year: 2009 },
  { title: "Schindler's List", imdbId: 'tt0108052', year: 1993 },
  { title: 'The Lord of the Rings: The Return of the King', imdbId: 'tt0167260', year: 2003 },
  { title: '12 Angry Men', imdbId: 'tt0050083', year: 1957 },
  { title: 'Seven Samurai', imdbId: 'tt0047478', year: 1954 },
  { title: 'City of God', imdbId: 'tt0317248', year: 2002 },
  { title: 'The Good, the Bad and the Ugly', imdbId: 'tt0060196', year: 1966 },
];

export const MANY_TITLES = [...REAL_TITLES, ...MORE_TITLES];

interface ChromeGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown }> };
    storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } & StorageSet };
  };
}
interface StorageSet {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Runs `action` in a fresh options page of the extension, then closes it. */
export async function inExtensionPage<T>(
  context: BrowserContext,
  extensionId: string,
  action: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return await action(page);
  } finally {
    await page.close();
  }
}

/** A non-default setting and one correction, so there is something to lose. */
export async function seedUserData(context: BrowserContext, extensionId: string): Promise<void> {
  await inExtensionPage(context, extensionId, (page) =>
    page.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const { settings } = await chrome.storage.local.get(['settings']);
      await chrome.storage.local.set({
        settings: { ...(settings as object), badgeStyle: 'rating-votes', cardDelayMs: 200 },
      });
      const request = {
        query: { title: 'Reelcard Seeded Correction' },
        ref: { type: 'movie', id: 603 },
      };
      const reply = await chrome.runtime.sendMessage({ reelcard: 'correct', request });
      if (!reply?.ok) throw new Error('seeding the correction failed');
    }),
  );
}

/** The user's data as stored, plus what keyStatus answers. */
export async function readUserData(context: BrowserContext, extensionId: string) {
  return inExtensionPage(context, extensionId, (page) =>
    page.evaluate(async (keys) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const stored = await chrome.storage.local.get(keys);
      const status = await chrome.runtime.sendMessage({ reelcard: 'keyStatus', request: {} });
      return { stored, keyStatus: status?.value };
    }, USER_KEYS),
  );
}

/** Seeds the user's data and returns a check that it survived unchanged. */
export async function guardUserData(
  context: BrowserContext,
  extensionId: string,
): Promise<() => Promise<void>> {
  await seedUserData(context, extensionId);
  const before = await readUserData(context, extensionId);
  expect(Object.keys(before.stored).sort()).toEqual([...USER_KEYS].sort());

  return async () => {
    const after = await readUserData(context, extensionId);
    expect(after.stored).toEqual(before.stored);
    expect(after.keyStatus).toEqual({ kind: 'v3' });
  };
}
