/** Raw TMDB list items (search, /find, details) → the compact `TitleSummary`. */
import type { MediaType, TitleSummary } from '../types';
import type { RawMovieItem, RawMultiItem, RawTvItem } from './raw';

/** The year of a "YYYY-MM-DD" date; TMDB sends "" or null when it has none. */
export function yearOf(date: string | null | undefined): number | null {
  const match = /^(\d{4})-/.exec(date ?? '');
  return match ? Number(match[1]) : null;
}

/** An empty string from TMDB means "none", like null. */
export function textOrNull(value: string | null | undefined): string | null {
  return value && value.trim() !== '' ? value : null;
}

function numberOr0(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A film list item (search, /find, details) as a summary. */
export function movieSummary(raw: RawMovieItem): TitleSummary {
  const title = textOrNull(raw.title) ?? textOrNull(raw.original_title) ?? '';
  return {
    type: 'movie',
    id: raw.id,
    title,
    originalTitle: textOrNull(raw.original_title),
    year: yearOf(raw.release_date),
    posterPath: textOrNull(raw.poster_path),
    voteAverage: numberOr0(raw.vote_average),
    voteCount: numberOr0(raw.vote_count),
    popularity: numberOr0(raw.popularity),
    overview: textOrNull(raw.overview),
  };
}

/** A series list item as a summary; TV items say `name` where films say `title`. */
export function tvSummary(raw: RawTvItem): TitleSummary {
  const title = textOrNull(raw.name) ?? textOrNull(raw.original_name) ?? '';
  return {
    type: 'tv',
    id: raw.id,
    title,
    originalTitle: textOrNull(raw.original_name),
    year: yearOf(raw.first_air_date),
    posterPath: textOrNull(raw.poster_path),
    voteAverage: numberOr0(raw.vote_average),
    voteCount: numberOr0(raw.vote_count),
    popularity: numberOr0(raw.popularity),
    overview: textOrNull(raw.overview),
  };
}

/** A summary for an item of a known type (movie or TV search, /find). */
export function summaryOf(type: MediaType, raw: RawMovieItem | RawTvItem): TitleSummary {
  return type === 'movie' ? movieSummary(raw as RawMovieItem) : tvSummary(raw as RawTvItem);
}

/** Summaries for /search/multi items; people (and anything unknown) are dropped. */
export function multiSummaries(items: RawMultiItem[]): TitleSummary[] {
  const summaries: TitleSummary[] = [];
  for (const item of items) {
    if (item.media_type === 'movie') summaries.push(movieSummary(item));
    if (item.media_type === 'tv') summaries.push(tvSummary(item));
  }
  return summaries;
}

/** Keeps only the summary fields, e.g. to answer a lookup from cached details. */
export function pickSummary(details: TitleSummary): TitleSummary {
  const { type, id, title, originalTitle, year, posterPath } = details;
  const { voteAverage, voteCount, popularity, overview } = details;
  return {
    type,
    id,
    title,
    originalTitle,
    year,
    posterPath,
    voteAverage,
    voteCount,
    popularity,
    overview,
  };
}
