/** The stand-in's internal records, close to TMDB's own field names so answers map directly. */

export type MediaType = 'movie' | 'tv';

export interface Genre {
  id: number;
  name: string;
}

export interface MovieRecord {
  media_type: 'movie';
  id: number;
  title: string;
  original_title: string;
  original_language: string;
  /** "YYYY-MM-DD", or "" when unknown (TMDB sends "" too). */
  release_date: string;
  genres: Genre[];
  runtime: number | null;
  popularity: number;
  vote_average: number;
  vote_count: number;
  overview: string;
  tagline: string;
  adult: boolean;
  budget: number;
  revenue: number;
  imdb_id: string | null;
  wikidata_id: string | null;
  /** US certification when written by hand; generated otherwise. */
  certification?: string;
  directors?: string[];
}

export interface TvRecord {
  media_type: 'tv';
  id: number;
  name: string;
  original_name: string;
  original_language: string;
  first_air_date: string;
  last_air_date: string;
  origin_country: string[];
  number_of_seasons: number;
  number_of_episodes: number;
  created_by: string[];
  genres: Genre[];
  popularity: number;
  vote_average: number;
  vote_count: number;
  overview: string;
  adult: boolean;
  rating?: string;
  imdb_id: string | null;
  tvdb_id: number | null;
  wikidata_id: string | null;
}

export interface PersonRecord {
  media_type: 'person';
  id: number;
  name: string;
  known_for_department: string;
  popularity: number;
  gender: number;
  /** "movie/603"-style references to titles the person is known for. */
  known_for: string[];
}

export type TitleRecord = MovieRecord | TvRecord;
export type AnyRecord = TitleRecord | PersonRecord;

/** "movie/603" — the key used for hand-written extras and external ids. */
export function refKey(record: { media_type: string; id: number }): string {
  return `${record.media_type}/${record.id}`;
}

/** The display title of a movie or series. */
export function titleOf(record: TitleRecord): string {
  return record.media_type === 'movie' ? record.title : record.name;
}

export function originalTitleOf(record: TitleRecord): string {
  return record.media_type === 'movie' ? record.original_title : record.original_name;
}

export function firstDateOf(record: TitleRecord): string {
  return record.media_type === 'movie' ? record.release_date : record.first_air_date;
}

/** A shallow copy without the given keys (TMDB drops `id` from appended parts, for one). */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}
