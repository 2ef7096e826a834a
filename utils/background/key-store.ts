/**
 * The user's TMDB credentials in storage.local under `apiKey`. Only the
 * background reads them; no message ever answers with the key itself.
 */
import { browser } from '../browser';
import { ReelcardError } from '../messages';

/** The storage.local key under which the credentials are kept. */
export const API_KEY_STORAGE = 'apiKey';

/** The stored key or read token, or null when the user has not set one. */
export async function readKey(): Promise<string | null> {
  const stored = await browser.storage.local.get(API_KEY_STORAGE);
  const key: unknown = stored[API_KEY_STORAGE];
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : null;
}

/** The stored key, or a 'no-key' error the UI turns into "add your key in the options". */
export async function requireKey(): Promise<string> {
  const key = await readKey();
  if (key === null) throw new ReelcardError('no-key', 'Add your TMDB API key in the options.');
  return key;
}

/** Saves the credentials, trimmed; only after TMDB accepted them (see handlers.ts). */
export async function storeKey(key: string): Promise<void> {
  await browser.storage.local.set({ [API_KEY_STORAGE]: key.trim() });
}

/** Removes the credentials; lookups then fail with 'no-key'. */
export async function forgetKey(): Promise<void> {
  await browser.storage.local.remove(API_KEY_STORAGE);
}
