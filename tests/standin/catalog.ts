/**
 * The stand-in's database: every movie, series and person, indexed by id, by
 * external id (for /find) and by the words of their titles (for search).
 */
import { loadDatasetMovies, loadExtraMovies, loadPeople, loadSeries } from './load';
import {
  originalTitleOf,
  titleOf,
  type AnyRecord,
  type MediaType,
  type MovieRecord,
  type PersonRecord,
  type TitleRecord,
  type TvRecord,
} from './records';
import { words } from './text';

/** A record with the words search matches against, computed once. */
export interface Indexed<R extends AnyRecord = AnyRecord> {
  record: R;
  words: string[];
}

export type ExternalSource = 'imdb_id' | 'wikidata_id' | 'tvdb_id';

export interface Catalog {
  movies: Map<number, MovieRecord>;
  series: Map<number, TvRecord>;
  people: Map<number, PersonRecord>;
  /** Records in search order (popularity descending), with their words. */
  searchable: Indexed[];
  /** Records by external id, e.g. byExternal.get('imdb_id:tt0133093'). */
  byExternal: Map<string, TitleRecord>;
}

function indexWords(record: AnyRecord): string[] {
  if (record.media_type === 'person') return words(record.name);
  return [...new Set([...words(titleOf(record)), ...words(originalTitleOf(record))])];
}

function externalKeys(record: TitleRecord): string[] {
  const keys: string[] = [];
  if (record.imdb_id) keys.push(`imdb_id:${record.imdb_id}`);
  if (record.wikidata_id) keys.push(`wikidata_id:${record.wikidata_id}`);
  if (record.media_type === 'tv' && record.tvdb_id) keys.push(`tvdb_id:${record.tvdb_id}`);
  return keys;
}

/** Builds a catalog from records; later records replace earlier ones with the same type and id. */
export function buildCatalog(titles: TitleRecord[], people: PersonRecord[]): Catalog {
  const movies = new Map<number, MovieRecord>();
  const series = new Map<number, TvRecord>();
  for (const t of titles) {
    if (t.media_type === 'movie') movies.set(t.id, t);
    else series.set(t.id, t);
  }

  const all: AnyRecord[] = [...movies.values(), ...series.values(), ...people];
  const searchable = all
    .map((record) => ({ record, words: indexWords(record) }))
    .sort((a, b) => b.record.popularity - a.record.popularity || a.record.id - b.record.id);

  const byExternal = new Map<string, TitleRecord>();
  for (const t of [...movies.values(), ...series.values()]) {
    for (const key of externalKeys(t)) byExternal.set(key, t);
  }

  return { movies, series, people: new Map(people.map((p) => [p.id, p])), searchable, byExternal };
}

let cached: Catalog | undefined;

/** The full catalog from the dataset and data/, loaded once per process (about 0.3 s). */
export function defaultCatalog(): Catalog {
  cached ??= buildCatalog(
    [...loadDatasetMovies(), ...loadExtraMovies(), ...loadSeries()],
    loadPeople(),
  );
  return cached;
}

/** Looks a title up by type and id. */
export function getTitle(catalog: Catalog, type: MediaType, id: number): TitleRecord | undefined {
  return type === 'movie' ? catalog.movies.get(id) : catalog.series.get(id);
}
