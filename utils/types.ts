/** Domain types shared by the content scripts, the background and the extension pages. */

export type MediaType = 'movie' | 'tv';

/** What a page tells about one title, before any lookup. Every field but `title` is optional. */
export interface TitleQuery {
  /** The title as the page shows it (decorations such as "Season 2" not yet stripped). */
  title: string;
  year?: number;
  /** A hint from the page; matching may still pick the other type when the hint is weak. */
  type?: MediaType;
  /** Exact TMDB id when the page carries one (Letterboxd film pages, TMDB links). */
  tmdbId?: number;
  /** IMDb id ("tt0133093"), looked up with /find. */
  imdbId?: string;
  /** Wikidata id ("Q25188"), looked up with /find. */
  wikidataId?: string;
  /**
   * The site's own id for what the element shows ("netflix:80100172"), when
   * the site has one. Not sent to TMDB: the worker remembers which query it
   * answered for it, so the next visit can badge the title before the page
   * data the query needs (on Netflix, type and year) has been parsed.
   */
  pageId?: string;
}

/** The compact record a badge shows and a search result lists. */
export interface TitleSummary {
  type: MediaType;
  id: number;
  title: string;
  originalTitle: string | null;
  year: number | null;
  posterPath: string | null;
  voteAverage: number;
  voteCount: number;
  popularity: number;
  overview: string | null;
}

export interface Person {
  id: number;
  name: string;
  character: string | null;
  profilePath: string | null;
}

export interface Provider {
  id: number;
  name: string;
  logoPath: string | null;
}

export interface WatchProviders {
  /** TMDB's page for the title's providers in the region (TMDB gives no deep links). */
  link: string | null;
  flatrate: Provider[];
  free: Provider[];
  ads: Provider[];
  rent: Provider[];
  buy: Provider[];
}

/** Everything a hover card shows; fetched with one details request. */
export interface TitleDetails extends TitleSummary {
  runtime: number | null;
  seasons: number | null;
  episodes: number | null;
  genres: string[];
  /** Certification for the user's region, e.g. "PG-13" or "TV-MA". */
  certification: string | null;
  /** Directors for films, creators for series. */
  makers: string[];
  cast: Person[];
  /** YouTube key of the best trailer. */
  trailerKey: string | null;
  imdbId: string | null;
  /** Null when TMDB has no provider data for the user's region. */
  providers: WatchProviders | null;
  tagline: string | null;
}

export interface TitleRef {
  type: MediaType;
  id: number;
}

/** The outcome of looking up one detected title. */
export type LookupResult =
  | { status: 'matched'; summary: TitleSummary; corrected: boolean }
  | {
      status: 'unmatched';
      candidates: TitleSummary[];
      /** The user said this is not a title ("Not a title" in the card): show no badge for it. */
      dismissed?: boolean;
    };

/** What went wrong, in terms the UI can act on. */
export type ErrorKind =
  | 'no-key'
  | 'invalid-key'
  | 'rate-limited'
  | 'offline'
  | 'timeout'
  | 'not-found'
  | 'server'
  | 'bad-request'
  | 'cancelled'
  | 'internal';

export interface ErrorData {
  kind: ErrorKind;
  message: string;
}
