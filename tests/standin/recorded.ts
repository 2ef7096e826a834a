/**
 * Real recorded sub-resources for the three titles the shared fixtures cover
 * (Fight Club, Game of Thrones, Breaking Bad). Their appends come from these
 * recordings rather than generated data, so clients meet TMDB's true quirks.
 */
import { readFixture } from './load';
import { omit } from './records';

type Part = Record<string, unknown>;

const FILES: Record<string, Record<string, string>> = {
  'movie/550': {
    credits: 'jdrouet-tmdb-api/movie-credits.json',
    external_ids: 'jdrouet-tmdb-api/movie-external-ids.json',
    videos: 'jdrouet-tmdb-api/movie-videos.json',
    release_dates: 'jdrouet-tmdb-api/movie-release-dates.json',
    'watch/providers': 'jdrouet-tmdb-api/movie-watch-providers.json',
  },
  'tv/1399': {
    credits: 'openapi-examples/tv-series-credits.200.json',
    external_ids: 'jdrouet-tmdb-api/tv-external-ids.json',
    videos: 'openapi-examples/tv-series-videos.200.json',
    content_ratings: 'jdrouet-tmdb-api/tv-content-ratings.json',
    'watch/providers': 'jdrouet-tmdb-api/tv-watch-providers.json',
  },
};

/** Breaking Bad's parts all live inside one recorded append_to_response answer. */
const APPENDED_FILES: Record<string, string> = {
  'tv/1396': 'php-tmdb-api/tv-1396-append-all.json',
};

const cache = new Map<string, Part | null>();

function load(key: string, name: string): Part | null {
  const file = FILES[key]?.[name];
  if (file) return readFixture<Part>(file);

  const appended = APPENDED_FILES[key];
  const part = appended ? readFixture<Part>(appended)[name] : undefined;
  return (part as Part | undefined) ?? null;
}

/** The recorded part (without its own `id`), or null when there is no recording. */
export function recordedPart(key: string, name: string): Part | null {
  const cacheKey = `${key}|${name}`;
  if (!cache.has(cacheKey)) cache.set(cacheKey, load(key, name));

  const part = cache.get(cacheKey);
  if (!part) return null;
  return omit(part, 'id');
}
