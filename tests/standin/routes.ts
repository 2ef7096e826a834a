/**
 * The TMDB v3 endpoints the extension uses, as pure functions from a path
 * and its query to a JSON body. Errors are thrown as TmdbError.
 */
import { APPEND_NAMES, appendPart } from './appends';
import { getTitle, type Catalog, type ExternalSource } from './catalog';
import { tmdbError } from './errors';
import { readFixture } from './load';
import type { MediaType, TitleRecord } from './records';
import { search, type SearchKind } from './search';
import { movieDetails, movieItem, tvDetails, tvItem } from './shapes';

type Query = Record<string, string>;
type Route = (catalog: Catalog, match: RegExpExecArray, query: Query) => object;

/** The most appends TMDB allows in one request. */
export const MAX_APPENDS = 20;

function parseId(text: string | undefined): number {
  if (!text || !/^\d+$/.test(text)) throw tmdbError(34);
  return Number(text);
}

function findTitle(catalog: Catalog, type: MediaType, idText: string | undefined): TitleRecord {
  const record = getTitle(catalog, type, parseId(idText));
  if (!record) throw tmdbError(34);
  return record;
}

function details(catalog: Catalog, type: MediaType, idText: string | undefined, query: Query) {
  const record = findTitle(catalog, type, idText);
  const names = (query.append_to_response ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length > MAX_APPENDS) throw tmdbError(27);

  const body: Record<string, unknown> =
    record.media_type === 'movie' ? movieDetails(record) : tvDetails(record);
  for (const name of names) {
    const part = appendPart(name, record);
    if (part) body[name] = part;
  }
  return body;
}

/** A sub-resource on its own (/3/movie/603/credits): the appended part plus its `id`. */
function subResource(catalog: Catalog, type: MediaType, idText: string | undefined, name: string) {
  const record = findTitle(catalog, type, idText);
  const part = appendPart(name, record);
  if (!part) throw tmdbError(34);
  return { id: record.id, ...part };
}

const SOURCES: ExternalSource[] = ['imdb_id', 'wikidata_id', 'tvdb_id'];

function find(catalog: Catalog, externalId: string, query: Query) {
  const source = query.external_source as ExternalSource;
  if (!SOURCES.includes(source)) throw tmdbError(47);

  const record = catalog.byExternal.get(`${source}:${decodeURIComponent(externalId)}`);
  const asItem = (type: MediaType) => {
    if (record?.media_type !== type) return [];
    const item = record.media_type === 'movie' ? movieItem(record) : tvItem(record);
    return [{ ...item, media_type: type }];
  };
  return {
    movie_results: asItem('movie'),
    person_results: [],
    tv_results: asItem('tv'),
    tv_episode_results: [],
    tv_season_results: [],
  };
}

const PARTS = APPEND_NAMES.map((n) => n.replace('/', '\\/')).join('|');

const ROUTES: [RegExp, Route][] = [
  [/^\/3\/authentication$/, () => ({ success: true, status_code: 1, status_message: 'Success.' })],
  [/^\/3\/configuration$/, () => readFixture('openapi-examples/configuration.200.json')],
  [
    /^\/3\/genre\/(movie|tv)\/list$/,
    (_c, m) => readFixture(`jdrouet-tmdb-api/genre-${m[1]}-list.json`),
  ],
  [/^\/3\/search\/(multi|movie|tv)$/, (c, m, q) => search(c, m[1] as SearchKind, q)],
  [/^\/3\/find\/([^/]+)$/, (c, m, q) => find(c, m[1]!, q)],
  [/^\/3\/(movie|tv)\/([^/]+)$/, (c, m, q) => details(c, m[1] as MediaType, m[2], q)],
  [
    new RegExp(`^/3/(movie|tv)/([^/]+)/(${PARTS})$`),
    (c, m) => subResource(c, m[1] as MediaType, m[2], m[3]!),
  ],
];

/** Answers one API path (without host, e.g. "/3/search/movie") or throws TmdbError. */
export function routeApi(catalog: Catalog, path: string, query: Query): object {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const [pattern, route] of ROUTES) {
    const match = pattern.exec(clean);
    if (match) return route(catalog, match, query);
  }
  throw tmdbError(34);
}
