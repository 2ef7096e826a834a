/**
 * Turns what a page shows into ONE TMDB search request. The background sends
 * it (adding the key, language and page) and hands the results to
 * `chooseMatch`.
 */
import type { TitleQuery } from '../types';
import { pageHints } from './choose';

export interface SearchPlan {
  /** `movie` → /search/movie, `tv` → /search/tv, `multi` → /search/multi (people are skipped later). */
  kind: 'movie' | 'tv' | 'multi';
  /** Query-string parameters besides the key and language. */
  params: Record<string, string>;
}

/**
 * The search for a detected title: the cleaned title as query text, the
 * endpoint chosen by the type hint (multi without one).
 *
 * No year filter is sent, on purpose. TMDB's `year`/`primary_release_year`
 * and `first_air_date_year` are strict, while page years are not: films are
 * dated by festival, theatrical or streaming release (one year apart is
 * common), and series pages often show the latest season's year. A filter
 * would drop the right title in those cases; `chooseMatch` weighs the year
 * instead, with the tolerance each type needs.
 */
export function planSearch(query: TitleQuery): SearchPlan {
  const hints = pageHints(query);
  const params = { query: hints.title, include_adult: 'false', page: '1' };
  return { kind: hints.type ?? 'multi', params };
}
