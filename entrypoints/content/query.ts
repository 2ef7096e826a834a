/**
 * Page-read queries made safe to send and to key by. Pages decide what we
 * read, so every field is checked and the title is cut short before it goes
 * anywhere.
 */
import { truncate } from '../../components/shared/format';
import { PAGE_ID } from '../../utils/sites/ids';
import type { TitleQuery } from '../../utils/types';

const IMDB_ID = /^tt\d{5,10}$/;
const WIKIDATA_ID = /^Q\d{1,12}$/;

/** A copy of `query` with only well-formed fields and a title of at most 300 characters. */
export function sanitizeQuery(query: TitleQuery): TitleQuery {
  const clean: TitleQuery = { title: truncate(String(query.title ?? '')) };
  if (isYear(query.year)) clean.year = query.year;
  if (query.type === 'movie' || query.type === 'tv') clean.type = query.type;
  if (isId(query.tmdbId)) clean.tmdbId = query.tmdbId;
  if (typeof query.imdbId === 'string' && IMDB_ID.test(query.imdbId)) clean.imdbId = query.imdbId;
  if (typeof query.wikidataId === 'string' && WIKIDATA_ID.test(query.wikidataId)) {
    clean.wikidataId = query.wikidataId;
  }
  if (typeof query.pageId === 'string' && PAGE_ID.test(query.pageId)) clean.pageId = query.pageId;
  return clean;
}

function isYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1870 && (value as number) <= 2100;
}

function isId(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/**
 * One key per distinct question, so identical titles on a page share one
 * lookup. Case and spacing of the title do not make a new question, and
 * neither does the site's id: the same title in two rows is one question.
 */
export function queryKey(query: TitleQuery): string {
  return JSON.stringify([
    query.title.toLowerCase(),
    query.year ?? null,
    query.type ?? null,
    query.tmdbId ?? null,
    query.imdbId ?? null,
    query.wikidataId ?? null,
  ]);
}
