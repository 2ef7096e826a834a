/**
 * The TMDB endpoints an overlay needs, each one request. They take a `get`
 * function so the caller decides how requests are scheduled and credentialed,
 * and they return our own types, never raw bodies.
 */
import type { MediaType, TitleDetails, TitleRef, TitleSummary } from '../types';
import { detailsOf } from './map-details';
import { multiSummaries, summaryOf } from './map-summary';
import type {
  RawAuthentication,
  RawConfiguration,
  RawFindResult,
  RawMovieDetails,
  RawMultiItem,
  RawPage,
  RawTvDetails,
} from './raw';

/** GETs a TMDB path (relative to /3) with query parameters; credentials are the getter's job. */
export type TmdbGet = <T>(path: string, params: Record<string, string>) => Promise<T>;

/** Which search endpoint: /search/movie, /search/tv or /search/multi. */
export type SearchKind = 'movie' | 'tv' | 'multi';
/** The `external_source` values /find accepts that pages give us. */
export type ExternalSource = 'imdb_id' | 'wikidata_id';

/** Everything a card shows, appended to one details request (TMDB allows up to 20 parts). */
const APPEND: Record<MediaType, string> = {
  movie: 'credits,external_ids,videos,release_dates,watch/providers',
  tv: 'credits,external_ids,videos,content_ratings,watch/providers',
};

/** Resolves when TMDB accepts the credentials the getter sends; throws 'invalid-key' otherwise. */
export async function checkAuthentication(get: TmdbGet): Promise<void> {
  await get<RawAuthentication>('/authentication', {});
}

/** Image base URL and sizes; `imageUrl` uses the stable values, this is for checks. */
export function getConfiguration(get: TmdbGet): Promise<RawConfiguration> {
  return get<RawConfiguration>('/configuration', {});
}

/**
 * One page of a title search. `params` come from the matcher (query, year…);
 * adult titles are always left out, and people are dropped from multi results.
 */
export async function searchTitles(
  get: TmdbGet,
  kind: SearchKind,
  params: Record<string, string>,
  language: string,
  page = 1,
): Promise<TitleSummary[]> {
  const query = { ...params, language, include_adult: 'false', page: String(page) };
  const body = await get<RawPage<RawMultiItem>>(`/search/${kind}`, query);
  const results = Array.isArray(body.results) ? body.results : [];

  if (kind === 'multi') return multiSummaries(results);
  return results.map((item) => summaryOf(kind, item as Parameters<typeof summaryOf>[1]));
}

/** Titles TMDB links to an IMDb or Wikidata id; movies first, then series. */
export async function findByExternalId(
  get: TmdbGet,
  externalId: string,
  source: ExternalSource,
  language: string,
): Promise<TitleSummary[]> {
  const path = `/find/${encodeURIComponent(externalId)}`;
  const body = await get<RawFindResult>(path, { external_source: source, language });
  const movies = (body.movie_results ?? []).map((item) => summaryOf('movie', item));
  const series = (body.tv_results ?? []).map((item) => summaryOf('tv', item));
  return [...movies, ...series];
}

/** Full details of one title, mapped for the user's region. */
export async function fetchDetails(
  get: TmdbGet,
  ref: TitleRef,
  language: string,
  region: string,
): Promise<TitleDetails> {
  const params = { language, append_to_response: APPEND[ref.type] };
  const raw = await get<RawMovieDetails | RawTvDetails>(`/${ref.type}/${ref.id}`, params);
  return detailsOf(ref.type, raw, region);
}
