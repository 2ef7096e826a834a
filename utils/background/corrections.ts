/**
 * The user's corrections: which TMDB title a detected title really is, or
 * that it is no title at all. Kept in storage.local under `corrections`,
 * apart from the evictable cache, so they are never lost to eviction.
 */
import { browser } from '../browser';
import type { TitleRef } from '../types';

/** The storage.local key of the corrections object. */
export const CORRECTIONS_KEY = 'corrections';

/** correctionKey → the chosen title, or null for "not a title". */
export type Corrections = Record<string, TitleRef | null>;

async function loadAll(): Promise<Corrections> {
  const stored = await browser.storage.local.get(CORRECTIONS_KEY);
  const value: unknown = stored[CORRECTIONS_KEY];
  return typeof value === 'object' && value !== null ? (value as Corrections) : {};
}

/**
 * The correction for a key: a ref, null for "not a title", or undefined when
 * the user has not corrected this title.
 */
export async function findCorrection(key: string): Promise<TitleRef | null | undefined> {
  const all = await loadAll();
  if (!Object.prototype.hasOwnProperty.call(all, key)) return undefined;
  return all[key] ?? null;
}

/** Records a correction; `ref` null marks the detected text as not a title. */
export async function saveCorrection(key: string, ref: TitleRef | null): Promise<void> {
  const all = await loadAll();
  all[key] = ref === null ? null : { type: ref.type, id: ref.id };
  await browser.storage.local.set({ [CORRECTIONS_KEY]: all });
}

/** Forgets a correction, so the automatic match applies again. */
export async function removeCorrection(key: string): Promise<void> {
  const all = await loadAll();
  delete all[key];
  await browser.storage.local.set({ [CORRECTIONS_KEY]: all });
}
