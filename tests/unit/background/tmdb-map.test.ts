import { describe, expect, it } from 'vitest';
import { bestTrailer, movieDetails, tvDetails } from '../../../utils/tmdb/map-details';
import { movieSummary, multiSummaries, yearOf } from '../../../utils/tmdb/map-summary';
import type {
  RawMovieDetails,
  RawMovieItem,
  RawMultiItem,
  RawPage,
  RawTvDetails,
  RawVideo,
} from '../../../utils/tmdb/raw';
import { fixture } from './fake-tmdb';

describe('movie details (Riddick, everything appended)', () => {
  const raw = fixture<RawMovieDetails>('php-tmdb-api/movie-87421-append-all.json');

  it('maps the summary fields and the film facts', () => {
    const details = movieDetails(raw, 'US');
    expect(details).toMatchObject({
      type: 'movie',
      id: 87421,
      title: 'Riddick',
      year: 2013,
      runtime: 119,
      seasons: null,
      genres: ['Action', 'Science Fiction', 'Thriller'],
      certification: 'R',
      makers: ['David Twohy'],
      imdbId: 'tt1411250',
      tagline: 'Survival Is His Revenge',
    });
    expect(details.posterPath).toMatch(/^\/.+\.jpg$/);
  });

  it('lists the top-billed cast in order, at most ten', () => {
    const { cast } = movieDetails(raw, 'US');
    expect(cast.length).toBeLessThanOrEqual(10);
    expect(cast[0]).toMatchObject({ id: 12835, name: 'Vin Diesel', character: 'Riddick' });
    expect(cast[1]!.name).toBe('Karl Urban');
  });

  it("picks certification and providers for the user's region", () => {
    expect(movieDetails(raw, 'GB').certification).toBe('15');
    expect(movieDetails(raw, 'DE').certification).toBe('16');
    // Japan lists a theatrical date without a certification.
    expect(movieDetails(raw, 'JP').certification).toBeNull();

    const us = movieDetails(raw, 'US').providers!;
    expect(us.link).toBe('https://www.themoviedb.org/movie/87421-riddick/watch?locale=US');
    expect(us.flatrate.map((p) => p.name)).toEqual(['fuboTV', 'AMC Plus']);
    expect(us.rent[0]).toMatchObject({ id: 2, name: 'Apple iTunes' });
    expect(us.free).toEqual([]);
    expect(movieDetails(raw, 'ZZ').providers).toBeNull();
  });

  it('prefers a theatrical certification over other release types', () => {
    const withTypes: RawMovieDetails = {
      id: 1,
      release_dates: {
        results: [
          {
            iso_3166_1: 'US',
            release_dates: [
              { type: 1, certification: 'NR' },
              { type: 3, certification: '' },
              { type: 3, certification: 'PG-13' },
            ],
          },
        ],
      },
    };
    expect(movieDetails(withTypes, 'US').certification).toBe('PG-13');
  });
});

describe('TV details (Breaking Bad, everything appended)', () => {
  const raw = fixture<RawTvDetails>('php-tmdb-api/tv-1396-append-all.json');

  it('maps creators, seasons, rating and providers', () => {
    const details = tvDetails(raw, 'US');
    expect(details).toMatchObject({
      type: 'tv',
      id: 1396,
      title: 'Breaking Bad',
      year: 2008,
      runtime: 45,
      seasons: 5,
      episodes: 62,
      certification: 'TV-MA',
      makers: ['Vince Gilligan'],
      imdbId: 'tt0903747',
    });
    expect(details.cast[0]).toMatchObject({ name: 'Bryan Cranston', character: 'Walter White' });
    expect(details.providers!.flatrate[0]).toMatchObject({ name: 'Netflix' });
    expect(tvDetails(raw, 'DE').certification).toBe('16');
    expect(tvDetails(raw, 'FR').certification).toBeNull();
  });
});

describe('summaries and trailers', () => {
  it('drops people from multi search results and keeps both types', () => {
    const page = fixture<RawPage<RawMultiItem>>('jdrouet-tmdb-api/search-multi.json');
    const withPerson = [...page.results, { media_type: 'person', id: 1, name: 'Someone' } as const];
    const summaries = multiSummaries(withPerson);

    expect(summaries).toHaveLength(page.results.length);
    expect(summaries[0]).toMatchObject({ type: 'tv', id: 1399, title: 'Game of Thrones' });
    expect(summaries.some((s) => s.type === 'movie')).toBe(true);
  });

  it('treats missing and empty fields as null', () => {
    const summary = movieSummary({
      id: 5,
      title: '',
      original_title: 'Orig',
      release_date: '',
    } as RawMovieItem);
    expect(summary).toMatchObject({
      title: 'Orig',
      year: null,
      posterPath: null,
      overview: null,
      voteAverage: 0,
    });
    expect(yearOf('1999-03-31')).toBe(1999);
    expect(yearOf(null)).toBeNull();
  });

  it('chooses an official YouTube trailer over others', () => {
    const videos: RawVideo[] = [
      { site: 'YouTube', key: 'clip', type: 'Clip', official: true },
      { site: 'YouTube', key: 'teaser', type: 'Teaser', official: true },
      { site: 'Vimeo', key: 'vimeo', type: 'Trailer', official: true },
      { site: 'YouTube', key: 'fan', type: 'Trailer', official: false },
      { site: 'YouTube', key: 'official', type: 'Trailer', official: true },
    ];
    expect(bestTrailer(videos)).toBe('official');
    expect(bestTrailer(videos.slice(0, 2))).toBe('teaser');
    expect(bestTrailer([videos[0]!])).toBeNull();
    expect(
      bestTrailer(fixture<{ results: RawVideo[] }>('jdrouet-tmdb-api/movie-videos.json').results),
    ).toBe('dfeUzm6KF4g');
  });
});
