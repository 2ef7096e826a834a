/**
 * TMDB's response bodies as the API sends them (see ../shared/tmdb/openapi.json).
 * The spec is built from examples, so almost every string, date and image path
 * is typed as nullable or optional here: real records often lack them.
 */

/** Fields shared by movie and TV items in search, /find and details. */
interface RawItemBase {
  id: number;
  overview?: string | null;
  poster_path?: string | null;
  backdrop_path?: string | null;
  popularity?: number | null;
  vote_average?: number | null;
  vote_count?: number | null;
  adult?: boolean;
  original_language?: string | null;
}

export interface RawMovieItem extends RawItemBase {
  media_type?: 'movie';
  title?: string | null;
  original_title?: string | null;
  release_date?: string | null;
}

export interface RawTvItem extends RawItemBase {
  media_type?: 'tv';
  name?: string | null;
  original_name?: string | null;
  first_air_date?: string | null;
  origin_country?: string[];
}

/** /search/multi also returns people; they carry no title and are skipped. */
export interface RawPersonItem {
  media_type: 'person';
  id: number;
  name?: string | null;
}

export type RawMultiItem = RawMovieItem | RawTvItem | RawPersonItem;

export interface RawPage<T> {
  page: number;
  results: T[];
  total_pages: number;
  total_results: number;
}

export interface RawFindResult {
  movie_results?: RawMovieItem[];
  tv_results?: RawTvItem[];
  person_results?: unknown[];
  tv_episode_results?: unknown[];
  tv_season_results?: unknown[];
}

/** The error body; `success` is sometimes missing, and some errors use `errors` instead. */
export interface RawError {
  status_code?: number;
  status_message?: string;
  success?: boolean;
  errors?: string[];
}

export interface RawAuthentication {
  success: boolean;
  status_code?: number;
  status_message?: string;
}

export interface RawConfiguration {
  images: {
    base_url?: string | null;
    secure_base_url?: string | null;
    poster_sizes?: string[];
    profile_sizes?: string[];
    logo_sizes?: string[];
    backdrop_sizes?: string[];
  };
  change_keys?: string[];
}

export interface RawCastMember {
  id: number;
  name?: string | null;
  character?: string | null;
  profile_path?: string | null;
  order?: number | null;
}

export interface RawCrewMember {
  id: number;
  name?: string | null;
  job?: string | null;
  department?: string | null;
}

export interface RawVideo {
  key?: string | null;
  site?: string | null;
  type?: string | null;
  official?: boolean | null;
  size?: number | null;
  published_at?: string | null;
}

export interface RawProvider {
  provider_id: number;
  provider_name?: string | null;
  logo_path?: string | null;
  display_priority?: number | null;
}

export interface RawRegionProviders {
  link?: string | null;
  flatrate?: RawProvider[];
  free?: RawProvider[];
  ads?: RawProvider[];
  rent?: RawProvider[];
  buy?: RawProvider[];
}

export interface RawReleaseDate {
  certification?: string | null;
  type?: number | null;
  release_date?: string | null;
}

/** The parts `append_to_response` adds; each sits under its own name and may be absent. */
interface RawAppended {
  credits?: { cast?: RawCastMember[]; crew?: RawCrewMember[] };
  external_ids?: { imdb_id?: string | null; wikidata_id?: string | null };
  videos?: { results?: RawVideo[] };
  'watch/providers'?: { results?: Record<string, RawRegionProviders> };
  genres?: { id: number; name?: string | null }[];
  tagline?: string | null;
}

export interface RawMovieDetails extends RawMovieItem, RawAppended {
  runtime?: number | null;
  imdb_id?: string | null;
  release_dates?: {
    results?: { iso_3166_1: string; release_dates?: RawReleaseDate[] }[];
  };
}

export interface RawTvDetails extends RawTvItem, RawAppended {
  episode_run_time?: number[];
  number_of_seasons?: number | null;
  number_of_episodes?: number | null;
  created_by?: { id: number; name?: string | null }[];
  content_ratings?: { results?: { iso_3166_1: string; rating?: string | null }[] };
}
