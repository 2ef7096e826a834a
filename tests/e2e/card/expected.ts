/**
 * What the card should show for a title, worked out from the stand-in's own
 * details answer (the same request the extension makes) rather than from the
 * product's formatting code, so a mapping bug cannot hide behind itself.
 */
import { TEST_API_KEY, type Standin } from '../../standin/index';

/** The appends the background asks for with a title's details. */
export const APPENDS = 'credits,external_ids,videos,release_dates,watch/providers';

/** How many cast members the card lists (components/card/CardPeople.tsx). */
const CAST_SHOWN = 6;

export interface ExpectedCard {
  title: string;
  year: string;
  runtime: string;
  certification: string;
  genres: string;
  rating: string;
  votes: string;
  tagline: string;
  overview: string;
  directors: string;
  cast: string[];
  /** Every provider offered in the region, any kind of offer. */
  providers: string[];
  /** YouTube keys of the title's trailers: the card links one of them. */
  trailerKeys: string[];
  tmdbUrl: string;
  imdbUrl: string;
}

interface Video {
  key: string;
  site: string;
  type: string;
}

interface MovieAnswer {
  id: number;
  title: string;
  release_date: string;
  runtime: number;
  genres: { name: string }[];
  vote_average: number;
  vote_count: number;
  tagline: string | null;
  overview: string;
  imdb_id: string;
  credits: { cast: { name: string }[]; crew: { name: string; job: string }[] };
  videos: { results: Video[] };
  release_dates: {
    results: { iso_3166_1: string; release_dates: { certification: string }[] }[];
  };
  'watch/providers': { results: Record<string, Record<string, unknown>> };
}

/**
 * Asks the stand-in in-process. This goes through its request log, so call
 * it before counting requests (or count from a later index).
 */
export async function movieAnswer(standin: Standin, id: number): Promise<MovieAnswer> {
  const url = `https://api.themoviedb.org/3/movie/${id}?append_to_response=${APPENDS}&api_key=${TEST_API_KEY}`;
  const response = await standin.fetch(url);
  if (!response.ok) throw new Error(`stand-in answered ${response.status} for movie ${id}`);
  return (await response.json()) as MovieAnswer;
}

/** "2h 16m", written out independently of the product's formatter. */
function hoursAndMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours}h ${minutes % 60}m` : `${minutes}m`;
}

/** The region's certification: the first non-empty one among its release dates. */
function certificationIn(answer: MovieAnswer, region: string): string {
  const dates = answer.release_dates.results.find((r) => r.iso_3166_1 === region);
  return dates?.release_dates.map((d) => d.certification).find((c) => c !== '') ?? '';
}

/** Provider names of every offer kind in the region ("link" is a URL, not a provider). */
function providersIn(answer: MovieAnswer, region: string): string[] {
  const offers = answer['watch/providers'].results[region] ?? {};
  const names = Object.values(offers)
    .filter(Array.isArray)
    .flatMap((list) => (list as { provider_name: string }[]).map((p) => p.provider_name));
  return [...new Set(names)].sort();
}

/** The card's expected content for a movie in `region` (US by default). */
export function expectedCard(answer: MovieAnswer, region = 'US'): ExpectedCard {
  const trailers = answer.videos.results.filter((v) => v.site === 'YouTube');
  const preferred = trailers.filter((v) => v.type === 'Trailer');
  return {
    title: answer.title,
    year: answer.release_date.slice(0, 4),
    runtime: hoursAndMinutes(answer.runtime),
    certification: certificationIn(answer, region),
    genres: answer.genres.map((g) => g.name).join(', '),
    rating: answer.vote_average.toFixed(1),
    votes: `${answer.vote_count.toLocaleString('en-US')} votes`,
    tagline: answer.tagline ?? '',
    overview: answer.overview,
    directors: answer.credits.crew
      .filter((c) => c.job === 'Director')
      .map((c) => c.name)
      .join(', '),
    cast: answer.credits.cast.slice(0, CAST_SHOWN).map((c) => c.name),
    providers: providersIn(answer, region),
    trailerKeys: (preferred.length > 0 ? preferred : trailers).map((v) => v.key),
    tmdbUrl: `https://www.themoviedb.org/movie/${answer.id}`,
    imdbUrl: `https://www.imdb.com/title/${answer.imdb_id}/`,
  };
}
