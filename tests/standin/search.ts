/**
 * /3/search/{multi,movie,tv} over the catalog, like TMDB: accent- and
 * case-insensitive word-prefix matching on title and original title, most
 * popular first, year filters honoured, adult titles hidden unless asked
 * for, 20 results a page.
 */
import type { Catalog, Indexed } from './catalog';
import { missingQueryError, tmdbError } from './errors';
import { firstDateOf, type AnyRecord, type TitleRecord } from './records';
import { matchesWords, words } from './text';
import { movieItem, personItem, tvItem } from './shapes';

export type SearchKind = 'multi' | 'movie' | 'tv';

/** TMDB's paged envelope. */
export interface Paged<T> {
  page: number;
  results: T[];
  total_pages: number;
  total_results: number;
}

export const PAGE_SIZE = 20;

/** Pages run 1..500 and must be integers; anything else is TMDB's code 22. */
export function parsePage(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1 || page > 500) throw tmdbError(22);
  return page;
}

function yearOf(date: string): number | null {
  const year = Number(date.slice(0, 4));
  return date.length >= 4 && Number.isInteger(year) ? year : null;
}

/** Whether a record passes the year filters of its search kind. */
function passesYear(
  record: TitleRecord,
  kind: SearchKind,
  params: Record<string, string>,
): boolean {
  if (kind === 'multi') return true;
  const first = yearOf(firstDateOf(record));
  const wanted = (name: string) => (params[name] ? Number(params[name]) : null);

  if (record.media_type === 'movie') {
    // We know one release date per film, so `year` ("any release that year") narrows to it too.
    const year = wanted('primary_release_year') ?? wanted('year');
    return year === null || first === year;
  }

  const firstAir = wanted('first_air_date_year');
  if (firstAir !== null && first !== firstAir) return false;
  // For series `year` matches any year an episode aired: first to last air date.
  const year = wanted('year');
  const last = yearOf(record.last_air_date) ?? first;
  return year === null || (first !== null && last !== null && first <= year && year <= last);
}

function wantedType(record: AnyRecord, kind: SearchKind): boolean {
  return kind === 'multi' || record.media_type === kind;
}

function toItem(record: AnyRecord, kind: SearchKind, catalog: Catalog): object {
  const item =
    record.media_type === 'movie'
      ? movieItem(record)
      : record.media_type === 'tv'
        ? tvItem(record)
        : personItem(record, catalog);
  return kind === 'multi' ? { ...item, media_type: record.media_type } : item;
}

/** Every record a search matches, most popular first (before paging). */
export function matchAll(
  catalog: Catalog,
  kind: SearchKind,
  params: Record<string, string>,
): Indexed[] {
  const queryWords = words(params.query ?? '');
  const adult = params.include_adult === 'true';

  return catalog.searchable.filter(({ record, words: titleWords }) => {
    if (!wantedType(record, kind) || !matchesWords(queryWords, titleWords)) return false;
    if (record.media_type === 'person') return true;
    return (adult || !record.adult) && passesYear(record, kind, params);
  });
}

/**
 * Answers a search as TMDB would. Throws TmdbError for a missing query or a
 * bad page. `language` and `region` are accepted and ignored: there are no
 * translations here.
 */
export function search(
  catalog: Catalog,
  kind: SearchKind,
  params: Record<string, string>,
): Paged<object> {
  if (!params.query || params.query.trim() === '') throw missingQueryError();
  const page = parsePage(params.page);

  const matches = matchAll(catalog, kind, params);
  const slice = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    page,
    results: slice.map(({ record }) => toItem(record, kind, catalog)),
    total_pages: Math.ceil(matches.length / PAGE_SIZE),
    total_results: matches.length,
  };
}
