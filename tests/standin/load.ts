/**
 * Loads the stand-in's records: the 4,803 real movies of the shared dataset,
 * then the hand-written JSON records in `data/` (which win on id clashes,
 * since they carry ids, certifications and directors the CSV lacks).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsvRecords } from './csv';
import { DATA_DIR, DATASET_FILE, FIXTURES_DIR } from './paths';
import { omit, type Genre, type MovieRecord, type PersonRecord, type TvRecord } from './records';

type Json = Record<string, unknown>;

function readJson<T = Json>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** TMDB's genre ids by name, for movies and series (from the recorded genre lists). */
function genreTable(kind: 'movie' | 'tv'): Map<string, number> {
  const list = readJson<{ genres: Genre[] }>(
    path.join(FIXTURES_DIR, `jdrouet-tmdb-api/genre-${kind}-list.json`),
  );
  return new Map(list.genres.map((g) => [g.name, g.id]));
}

function toGenres(names: string[], table: Map<string, number>): Genre[] {
  return names.map((name) => ({ id: table.get(name) ?? 0, name }));
}

function num(value: string | undefined): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

function fromCsv(row: Record<string, string>, external: Record<string, Json>): MovieRecord {
  const id = num(row.id);
  const ids = external[`movie/${id}`] ?? {};
  return {
    media_type: 'movie',
    id,
    title: row.title ?? '',
    original_title: row.original_title || (row.title ?? ''),
    original_language: row.original_language ?? 'en',
    release_date: row.release_date ?? '',
    genres: row.genres ? (JSON.parse(row.genres) as Genre[]) : [],
    runtime: row.runtime ? num(row.runtime) : null,
    popularity: num(row.popularity),
    vote_average: num(row.vote_average),
    vote_count: num(row.vote_count),
    overview: row.overview ?? '',
    tagline: row.tagline ?? '',
    adult: false,
    budget: num(row.budget),
    revenue: num(row.revenue),
    imdb_id: (ids.imdb_id as string | undefined) ?? null,
    wikidata_id: (ids.wikidata_id as string | undefined) ?? null,
  };
}

/** The real movies of the shared CSV dataset. */
export function loadDatasetMovies(): MovieRecord[] {
  const text = gunzipSync(readFileSync(DATASET_FILE)).toString('utf8');
  const external = readJson<Record<string, Json>>(path.join(DATA_DIR, 'external-ids.json'));
  return parseCsvRecords(text).map((row) => fromCsv(row, external));
}

/** Fields the hand-written films may leave out. */
const MOVIE_DEFAULTS = {
  tagline: '',
  adult: false,
  budget: 0,
  revenue: 0,
  imdb_id: null,
  wikidata_id: null,
};

/** The films written for the tests (data/movies.json). */
export function loadExtraMovies(): MovieRecord[] {
  const table = genreTable('movie');
  const { movies } = readJson<{ movies: Json[] }>(path.join(DATA_DIR, 'movies.json'));
  return movies.map((m) => {
    const genres = toGenres(m.genres as string[], table);
    return { ...MOVIE_DEFAULTS, ...m, media_type: 'movie', genres } as MovieRecord;
  });
}

const SERIES_DEFAULTS = { adult: false, imdb_id: null, tvdb_id: null, wikidata_id: null };

/** The series written for the tests (data/tv.json); `seasons` and `episodes` get TMDB's names. */
export function loadSeries(): TvRecord[] {
  const table = genreTable('tv');
  const { series } = readJson<{ series: Json[] }>(path.join(DATA_DIR, 'tv.json'));
  return series.map(({ seasons, episodes, ...s }) => {
    const genres = toGenres(s.genres as string[], table);
    const counts = { number_of_seasons: seasons, number_of_episodes: episodes };
    return { ...SERIES_DEFAULTS, ...s, ...counts, media_type: 'tv', genres } as TvRecord;
  });
}

export function loadPeople(): PersonRecord[] {
  const { people } = readJson<{ people: Json[] }>(path.join(DATA_DIR, 'people.json'));
  return people.map((p) => ({ ...p, media_type: 'person' }) as PersonRecord);
}

/** Hand-written credits, trailers, certifications and providers keyed by "movie/603". */
export function loadExtras<T>(): Record<string, T> {
  const all = readJson<Record<string, T>>(path.join(DATA_DIR, 'extras.json'));
  return omit(all, '_note');
}

/** A recorded fixture from ../shared/tmdb/fixtures, by relative path. */
export function readFixture<T = Json>(relative: string): T {
  return readJson<T>(path.join(FIXTURES_DIR, relative));
}
