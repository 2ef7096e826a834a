/**
 * The only URLs the badge and card ever render. Each is built from a checked
 * id or key; a URL found in data is never passed through, so a poisoned
 * cache entry or a hostile page cannot smuggle in `javascript:` or tracking
 * links.
 */
import type { MediaType } from '../../utils/types';

const IMAGE_BASE = 'https://image.tmdb.org/t/p/';

export type PosterSize = 'w92' | 'w185' | 'w342';
export type ProfileSize = 'w45' | 'w185';
export type LogoSize = 'w45' | 'w92';
export type ImageSize = PosterSize | ProfileSize | LogoSize;

// TMDB file paths look like "/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg".
const IMAGE_PATH = /^\/[A-Za-z0-9_-]+\.(jpg|jpeg|png|svg|webp)$/;
const IMDB_ID = /^tt\d{5,10}$/;
const YOUTUBE_KEY = /^[A-Za-z0-9_-]{6,20}$/;

/** `https://image.tmdb.org/t/p/<size><path>`, or null when the path is missing or malformed. */
export function imageUrl(size: ImageSize, path: string | null | undefined): string | null {
  return path && IMAGE_PATH.test(path) ? `${IMAGE_BASE}${size}${path}` : null;
}

/** The title's page on TMDB, e.g. `https://www.themoviedb.org/movie/550`. */
export function tmdbUrl(type: MediaType, id: number): string | null {
  const safeType = type === 'tv' ? 'tv' : type === 'movie' ? 'movie' : null;
  if (!safeType || !Number.isSafeInteger(id) || id <= 0) return null;
  return `https://www.themoviedb.org/${safeType}/${id}`;
}

/** The title's page on IMDb, e.g. `https://www.imdb.com/title/tt0137523/`. */
export function imdbUrl(imdbId: string | null | undefined): string | null {
  return imdbId && IMDB_ID.test(imdbId) ? `https://www.imdb.com/title/${imdbId}/` : null;
}

/** A YouTube watch page for a trailer key. */
export function youtubeUrl(key: string | null | undefined): string | null {
  return key && YOUTUBE_KEY.test(key) ? `https://www.youtube.com/watch?v=${key}` : null;
}
