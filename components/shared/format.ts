/**
 * Small pure helpers that turn TMDB numbers and page text into what the
 * badge and card show. Kept free of the DOM and the extension API so they
 * are unit-tested directly.
 */

/** Where the colour scale turns: red below 5.5, amber below 7, green from 7. */
export const AMBER_FROM = 5.5;
export const GREEN_FROM = 7;

/** Below this many votes an average says little, so it is shown muted. */
export const FEW_VOTES = 50;

export type RatingTone = 'low' | 'mid' | 'high' | 'none';

/** The colour band of a TMDB average; 'none' when nobody has voted. */
export function ratingTone(voteAverage: number, voteCount: number): RatingTone {
  if (!(voteCount > 0) || !Number.isFinite(voteAverage)) return 'none';
  if (voteAverage < AMBER_FROM) return 'low';
  return voteAverage < GREEN_FROM ? 'mid' : 'high';
}

/** Whether a rating rests on too few votes to be trusted. */
export function isFewVotes(voteCount: number): boolean {
  return voteCount < FEW_VOTES;
}

/** A TMDB average to one decimal ("8.4"), or null when there is no rating yet. */
export function formatRating(voteAverage: number, voteCount: number): string | null {
  if (ratingTone(voteAverage, voteCount) === 'none') return null;
  return (Math.round(voteAverage * 10) / 10).toFixed(1);
}

/** Compact vote counts for the badge: 950, 1.2k, 25k, 1.3M. */
export function compactVotes(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.round(count / 100) / 10).toString()}k`;
  if (count < 1_000_000) return `${Math.round(count / 1000)}k`;
  return `${(Math.round(count / 100_000) / 10).toString()}M`;
}

/** Longest text we render or send for one title; pages can hold 10,000-character "titles". */
export const MAX_TEXT = 300;

/** Text cut to `max` characters (with an ellipsis), whitespace collapsed. */
export function truncate(text: string, max = MAX_TEXT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** "2h 19m" from minutes; null when unknown. */
export function formatRuntime(minutes: number | null): string | null {
  if (!minutes || minutes <= 0) return null;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}

/** "Fight Club (1999)", or just the title when the year is unknown. */
export function titleWithYear(title: string, year: number | null | undefined): string {
  return year ? `${title} (${year})` : title;
}
