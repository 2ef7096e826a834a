/**
 * Raw details with everything appended → the `TitleDetails` a card shows.
 * Region-dependent parts (certification, where to watch) are picked for the
 * user's region here, so the UI never sees other regions' data.
 */
import type { MediaType, Person, Provider, TitleDetails, WatchProviders } from '../types';
import { movieSummary, textOrNull, tvSummary } from './map-summary';
import type {
  RawCastMember,
  RawMovieDetails,
  RawProvider,
  RawRegionProviders,
  RawTvDetails,
  RawVideo,
} from './raw';

/** How many cast members a card lists. */
const TOP_CAST = 10;

/** TMDB's release type 3 is the theatrical release, the one people mean by "rated R". */
const THEATRICAL = 3;

/** Details for a title of either type, with certification and providers for `region`. */
export function detailsOf(
  type: MediaType,
  raw: RawMovieDetails | RawTvDetails,
  region: string,
): TitleDetails {
  return type === 'movie'
    ? movieDetails(raw as RawMovieDetails, region)
    : tvDetails(raw as RawTvDetails, region);
}

/** A film's card: directors as makers, certification from its theatrical release. */
export function movieDetails(raw: RawMovieDetails, region: string): TitleDetails {
  const directors = (raw.credits?.crew ?? []).filter((member) => member.job === 'Director');
  return {
    ...movieSummary(raw),
    runtime: positiveOrNull(raw.runtime),
    seasons: null,
    episodes: null,
    genres: genreNames(raw.genres),
    certification: movieCertification(raw, region),
    makers: uniqueNames(directors),
    cast: topCast(raw.credits?.cast),
    trailerKey: bestTrailer(raw.videos?.results),
    imdbId: textOrNull(raw.imdb_id) ?? textOrNull(raw.external_ids?.imdb_id),
    providers: providersFor(raw['watch/providers']?.results, region),
    tagline: textOrNull(raw.tagline),
  };
}

/** A series' card: creators as makers, rating from content_ratings, episode runtime. */
export function tvDetails(raw: RawTvDetails, region: string): TitleDetails {
  const rating = raw.content_ratings?.results?.find((entry) => entry.iso_3166_1 === region);
  return {
    ...tvSummary(raw),
    runtime: positiveOrNull(raw.episode_run_time?.[0]),
    seasons: positiveOrNull(raw.number_of_seasons),
    episodes: positiveOrNull(raw.number_of_episodes),
    genres: genreNames(raw.genres),
    certification: textOrNull(rating?.rating),
    makers: uniqueNames(raw.created_by ?? []),
    cast: topCast(raw.credits?.cast),
    trailerKey: bestTrailer(raw.videos?.results),
    imdbId: textOrNull(raw.external_ids?.imdb_id),
    providers: providersFor(raw['watch/providers']?.results, region),
    tagline: textOrNull(raw.tagline),
  };
}

function positiveOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && value > 0 ? value : null;
}

function genreNames(genres: RawMovieDetails['genres']): string[] {
  return (genres ?? []).map((genre) => textOrNull(genre.name)).filter((name) => name !== null);
}

function uniqueNames(people: { name?: string | null }[]): string[] {
  const names = people.map((person) => textOrNull(person.name)).filter((name) => name !== null);
  return [...new Set(names)];
}

/** The theatrical certification when there is one, else any non-empty one for the region. */
function movieCertification(raw: RawMovieDetails, region: string): string | null {
  const entry = raw.release_dates?.results?.find((result) => result.iso_3166_1 === region);
  const dates = (entry?.release_dates ?? []).filter((date) => textOrNull(date.certification));
  const theatrical = dates.find((date) => date.type === THEATRICAL);
  return textOrNull((theatrical ?? dates[0])?.certification);
}

function topCast(cast: RawCastMember[] | undefined): Person[] {
  // `order` is the billing order; the list usually comes sorted, but not always.
  const billed = [...(cast ?? [])].sort((a, b) => (a.order ?? 999) - (b.order ?? 999));
  return billed.slice(0, TOP_CAST).map((member) => ({
    id: member.id,
    name: textOrNull(member.name) ?? '',
    character: textOrNull(member.character),
    profilePath: textOrNull(member.profile_path),
  }));
}

/** Lower is better: an official trailer, then any trailer, then teasers. */
function trailerRank(video: RawVideo): number {
  const kind = video.type === 'Trailer' ? 0 : video.type === 'Teaser' ? 2 : 4;
  return kind + (video.official ? 0 : 1);
}

/** The YouTube key of the best trailer or teaser; clips and featurettes are not offered. */
export function bestTrailer(videos: RawVideo[] | undefined): string | null {
  const playable = (videos ?? []).filter(
    (video) => video.site === 'YouTube' && textOrNull(video.key) && trailerRank(video) < 4,
  );
  // Array.prototype.sort is stable, so TMDB's own order breaks ties.
  const [best] = playable.sort((a, b) => trailerRank(a) - trailerRank(b));
  return textOrNull(best?.key);
}

function providerList(list: RawProvider[] | undefined): Provider[] {
  const sorted = [...(list ?? [])].sort(
    (a, b) => (a.display_priority ?? 999) - (b.display_priority ?? 999),
  );
  return sorted.map((provider) => ({
    id: provider.provider_id,
    name: textOrNull(provider.provider_name) ?? '',
    logoPath: textOrNull(provider.logo_path),
  }));
}

/** Where to watch in `region`, each list in TMDB's display order; null without data. */
export function providersFor(
  byRegion: Record<string, RawRegionProviders> | undefined,
  region: string,
): WatchProviders | null {
  const entry = byRegion?.[region];
  if (!entry) return null;
  return {
    link: textOrNull(entry.link),
    flatrate: providerList(entry.flatrate),
    free: providerList(entry.free),
    ads: providerList(entry.ads),
    rent: providerList(entry.rent),
    buy: providerList(entry.buy),
  };
}
