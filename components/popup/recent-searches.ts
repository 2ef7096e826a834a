/**
 * The popup's recent searches: the last few texts the user opened a result
 * for, newest first, kept in storage.local so they survive the popup closing.
 */
import { browser } from '../../utils/browser';

export const RECENT_SEARCHES_KEY = 'recentSearches';
export const MAX_RECENT_SEARCHES = 8;

/** Puts `text` first, drops an earlier copy (ignoring case) and keeps at most the limit. */
export function withRecentSearch(list: readonly string[], text: string): string[] {
  const entry = text.trim().replace(/\s+/g, ' ');
  if (entry === '') return [...list];

  const others = list.filter((item) => item.toLowerCase() !== entry.toLowerCase());
  return [entry, ...others].slice(0, MAX_RECENT_SEARCHES);
}

/** Reads the stored list, ignoring anything that is not a list of strings. */
export async function loadRecentSearches(): Promise<string[]> {
  const stored = await browser.storage.local.get(RECENT_SEARCHES_KEY);
  const value: unknown = stored[RECENT_SEARCHES_KEY];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string');
}

/** Remembers one search and returns the updated list. */
export async function rememberSearch(text: string): Promise<string[]> {
  const next = withRecentSearch(await loadRecentSearches(), text);
  await browser.storage.local.set({ [RECENT_SEARCHES_KEY]: next });
  return next;
}

/** Forgets every recent search. */
export async function clearRecentSearches(): Promise<void> {
  await browser.storage.local.remove(RECENT_SEARCHES_KEY);
}
