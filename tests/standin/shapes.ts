/**
 * Records turned into TMDB's JSON shapes: search items (movie, tv, person)
 * and the details objects of /3/movie/{id} and /3/tv/{id}.
 */
import type { Catalog } from './catalog';
import { generatedMaker, imagePath } from './generated';
import { omit, refKey, type MovieRecord, type PersonRecord, type TvRecord } from './records';

/** Poster and backdrop paths are generated: the dataset has none. */
function art(record: MovieRecord | TvRecord) {
  const key = refKey(record);
  return { poster_path: imagePath(`poster:${key}`), backdrop_path: imagePath(`backdrop:${key}`) };
}

/** A movie as /3/search/movie lists it. */
export function movieItem(m: MovieRecord) {
  return {
    adult: m.adult,
    ...art(m),
    genre_ids: m.genres.map((g) => g.id),
    id: m.id,
    original_language: m.original_language,
    original_title: m.original_title,
    overview: m.overview,
    popularity: m.popularity,
    release_date: m.release_date,
    title: m.title,
    video: false,
    vote_average: m.vote_average,
    vote_count: m.vote_count,
  };
}

/** A series as /3/search/tv lists it. */
export function tvItem(t: TvRecord) {
  return {
    adult: t.adult,
    ...art(t),
    genre_ids: t.genres.map((g) => g.id),
    id: t.id,
    origin_country: t.origin_country,
    original_language: t.original_language,
    original_name: t.original_name,
    overview: t.overview,
    popularity: t.popularity,
    first_air_date: t.first_air_date,
    name: t.name,
    vote_average: t.vote_average,
    vote_count: t.vote_count,
  };
}

/** A person as /3/search/multi lists them, with the titles they are known for. */
export function personItem(p: PersonRecord, catalog: Catalog) {
  const knownFor = p.known_for.flatMap((ref): object[] => {
    const [type, id] = ref.split('/');
    const movie = type === 'movie' ? catalog.movies.get(Number(id)) : undefined;
    const series = type === 'tv' ? catalog.series.get(Number(id)) : undefined;
    if (movie) return [{ ...movieItem(movie), media_type: 'movie' }];
    return series ? [{ ...tvItem(series), media_type: 'tv' }] : [];
  });
  return {
    adult: false,
    gender: p.gender,
    id: p.id,
    known_for_department: p.known_for_department,
    name: p.name,
    original_name: p.name,
    popularity: p.popularity,
    profile_path: imagePath(`profile:person/${p.id}`),
    known_for: knownFor,
  };
}

/** The body of /3/movie/{id} before appends. */
export function movieDetails(m: MovieRecord) {
  const item = omit(movieItem(m), 'genre_ids');
  return {
    ...item,
    belongs_to_collection: null,
    budget: m.budget,
    genres: m.genres,
    homepage: '',
    imdb_id: m.imdb_id,
    origin_country: [],
    production_companies: [],
    production_countries: [],
    revenue: m.revenue,
    runtime: m.runtime,
    spoken_languages: [],
    status: 'Released',
    tagline: m.tagline,
  };
}

function creators(t: TvRecord) {
  const names = t.created_by.length > 0 ? t.created_by : [generatedMaker(refKey(t)).name];
  return names.map((name, i) => ({
    id: 52_000_000 + t.id * 10 + i,
    credit_id: `cr${t.id}x${i}`,
    name,
    original_name: name,
    gender: 0,
    profile_path: imagePath(`profile:creator/${name}`),
  }));
}

/** The body of /3/tv/{id} before appends. */
export function tvDetails(t: TvRecord) {
  const item = omit(tvItem(t), 'genre_ids');
  return {
    ...item,
    created_by: creators(t),
    episode_run_time: [],
    genres: t.genres,
    homepage: '',
    in_production: t.last_air_date >= '2025',
    languages: [t.original_language],
    last_air_date: t.last_air_date,
    networks: [],
    number_of_episodes: t.number_of_episodes,
    number_of_seasons: t.number_of_seasons,
    production_companies: [],
    seasons: [],
    status: t.last_air_date >= '2025' ? 'Returning Series' : 'Ended',
    tagline: '',
    type: 'Scripted',
  };
}
