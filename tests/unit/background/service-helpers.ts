/** A TmdbService over a fake TMDB, a fresh IndexedDB and the fake browser storage. */
import { IDBFactory } from 'fake-indexeddb';
import { removeCorrection, saveCorrection } from '../../../utils/background/corrections';
import { storeKey } from '../../../utils/background/key-store';
import type { Matcher } from '../../../utils/background/lookup';
import { TmdbService } from '../../../utils/background/tmdb-service';
import { ResponseCache } from '../../../utils/cache/response-cache';
import type { TitleQuery } from '../../../utils/types';
import { resetFakeBrowser } from './fake-browser';
import { fakeFetch, fixture, V3_KEY, type FakeAnswer } from './fake-tmdb';

/** A plain matcher: exact (case-insensitive) title match among the candidates. */
export const simpleMatcher: Matcher = {
  planSearch: (query) => ({ kind: query.type ?? 'multi', params: { query: query.title } }),
  chooseMatch: (query, candidates) =>
    candidates.find((c) => c.title.toLowerCase() === query.title.toLowerCase()) ?? null,
  correctionKey: (query: TitleQuery) =>
    [query.title.toLowerCase(), query.year ?? '', query.type ?? ''].join('|'),
};

/** Answers like TMDB for the fixtures' titles; anything else is a 404. */
export function fixtureRoute(url: URL): FakeAnswer {
  const path = url.pathname.replace(/^\/3/, '');
  if (path === '/authentication') return { body: { success: true, status_code: 1 } };
  if (path.startsWith('/search/')) return { body: fixture('jdrouet-tmdb-api/search-multi.json') };
  if (path === '/find/tt0137523')
    return { body: fixture('adamayoung-TMDb/find-imdb-id-movie.json') };
  if (path.startsWith('/find/')) return { body: { movie_results: [], tv_results: [] } };
  if (path === '/movie/87421') return { body: fixture('php-tmdb-api/movie-87421-append-all.json') };
  if (path === '/tv/1396') return { body: fixture('php-tmdb-api/tv-1396-append-all.json') };
  return { status: 404, body: { status_code: 34, status_message: 'Not found' } };
}

/** Fresh storage and database; with `withKey`, a valid v3 key is stored. */
export async function resetWorld(withKey = true): Promise<void> {
  resetFakeBrowser();
  globalThis.indexedDB = new IDBFactory();
  if (withKey) await storeKey(V3_KEY);
}

/** A service as the worker builds it, with a fake fetch; call again to "restart the worker". */
export function makeService(route: (url: URL) => FakeAnswer | Promise<FakeAnswer> = fixtureRoute) {
  const { fetch, calls } = fakeFetch(route);
  const service = new TmdbService({ fetch, cache: new ResponseCache() });
  return { service, calls };
}

export { removeCorrection, saveCorrection };
