/** Details for cards and searches for the popup, each one cached TMDB request. */
import { fetchDetails, searchTitles } from '../tmdb/api';
import type { TitleDetails, TitleRef, TitleSummary } from '../types';
import { NotCachedError, type CallContext, type TmdbService } from './tmdb-service';

/**
 * Everything a card shows for one title. Certification and providers depend
 * on the region, and texts on the language, so both are part of the key.
 */
export async function getDetails(
  service: TmdbService,
  ref: TitleRef,
  context: CallContext,
): Promise<TitleDetails> {
  const { language, region } = await service.settings.get();
  const key = `details:${language}:${region}:${ref.type}:${ref.id}`;
  return service.cached(key, 'details', context, (get) => fetchDetails(get, ref, language, region));
}

/** The details the cache holds for `ref`, or null where only a TMDB request could tell. */
export async function recallDetails(
  service: TmdbService,
  ref: TitleRef,
): Promise<TitleDetails | null> {
  try {
    return await getDetails(service, ref, { priority: 'card', cacheOnly: true });
  } catch (error) {
    if (error instanceof NotCachedError) return null;
    throw error;
  }
}

/** Movies and series matching free text, for the popup and for picking a correction. */
export async function searchText(
  service: TmdbService,
  text: string,
  page: number,
): Promise<TitleSummary[]> {
  const { language } = await service.settings.get();
  const query = text.trim().replace(/\s+/g, ' ');
  const key = `search:${language}:${page}:${query.toLowerCase()}`;

  // Someone is waiting at the popup, so this goes ahead of page badges.
  return service.cached(key, 'search', { priority: 'card' }, (get) =>
    searchTitles(get, 'multi', { query }, language, page),
  );
}
