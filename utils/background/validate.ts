/**
 * Checks of every request before a handler sees it. Messages come from
 * content scripts running in arbitrary pages, so nothing is trusted: each
 * field is checked for type, range and length.
 */
import { MAX_RECALLS, type MessageName, type Priority, type RequestOf } from '../messages';
import { PAGE_ID } from '../sites/ids';
import type { TitleQuery, TitleRef } from '../types';

/** A type guard for the request of message N. */
export type Validator<N extends MessageName> = (request: unknown) => request is RequestOf<N>;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPositiveInt = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  Number.isInteger(value) && (value as number) > 0 && (value as number) <= max;

const isText = (value: unknown, maxLength: number): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= maxLength;

const optional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);

const isMediaType = (value: unknown) => value === 'movie' || value === 'tv';

/** One of the three priorities of `Priority`. */
export const isPriority = (value: unknown): value is Priority =>
  value === 'card' || value === 'visible' || value === 'prefetch';

/** A movie or series with a positive integer id. */
export function isTitleRef(value: unknown): value is TitleRef {
  return isObject(value) && isMediaType(value.type) && isPositiveInt(value.id);
}

/** A detected title: a non-empty title and, when present, well-formed hints and ids. */
export function isTitleQuery(value: unknown): value is TitleQuery {
  if (!isObject(value) || !isText(value.title, 500)) return false;
  return (
    optional(value.year, (year) => isPositiveInt(year, 3000)) &&
    optional(value.type, isMediaType) &&
    optional(value.tmdbId, (id) => isPositiveInt(id)) &&
    optional(value.imdbId, (id) => typeof id === 'string' && /^tt\d{1,10}$/.test(id)) &&
    optional(value.wikidataId, (id) => typeof id === 'string' && /^Q\d{1,12}$/.test(id)) &&
    optional(value.pageId, (id) => typeof id === 'string' && PAGE_ID.test(id))
  );
}

/** Requests without fields (`Record<string, never>`): any plain object, or nothing. */
const isEmptyRequest = (value: unknown): value is Record<string, never> =>
  value === undefined || isObject(value);

/** One validator per message; a message without one cannot be registered. */
export const VALIDATORS: { [N in MessageName]: Validator<N> } = {
  lookup: (r): r is RequestOf<'lookup'> =>
    isObject(r) && isTitleQuery(r.query) && isPriority(r.priority),
  recall: (r): r is RequestOf<'recall'> =>
    isObject(r) &&
    Array.isArray(r.queries) &&
    r.queries.length <= MAX_RECALLS &&
    r.queries.every(isTitleQuery),
  recallDetails: (r): r is RequestOf<'recallDetails'> => isObject(r) && isTitleRef(r.ref),
  details: (r): r is RequestOf<'details'> =>
    isObject(r) && isTitleRef(r.ref) && isPriority(r.priority),
  search: (r): r is RequestOf<'search'> =>
    isObject(r) && isText(r.text, 200) && optional(r.page, (page) => isPositiveInt(page, 500)),
  correct: (r): r is RequestOf<'correct'> =>
    isObject(r) && isTitleQuery(r.query) && (r.ref === null || isTitleRef(r.ref)),
  forgetCorrection: (r): r is RequestOf<'forgetCorrection'> => isObject(r) && isTitleQuery(r.query),
  saveKey: (r): r is RequestOf<'saveKey'> => isObject(r) && isText(r.key, 2000),
  removeKey: isEmptyRequest,
  keyStatus: isEmptyRequest,
  cacheStats: isEmptyRequest,
  clearCache: isEmptyRequest,
};
