/**
 * Hand-built records in the shapes the background's mapper produces, taken
 * from the real TMDB responses in ../shared/tmdb/fixtures/jdrouet-tmdb-api/
 * (movie 550 "Fight Club": details, credits, videos, release dates and the
 * US watch providers).
 */
import type { TitleDetails, TitleSummary } from '../../../utils/types';

export const FIGHT_CLUB_SUMMARY: TitleSummary = {
  type: 'movie',
  id: 550,
  title: 'Fight Club',
  originalTitle: 'Fight Club',
  year: 1999,
  posterPath: '/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg',
  voteAverage: 8.44,
  voteCount: 27917,
  popularity: 61.416,
  overview:
    'A ticking-time-bomb insomniac and a slippery soap salesman channel primal male aggression into a shocking new form of therapy. Their concept catches on, with underground "fight clubs" forming in every town, until an eccentric gets in the way and ignites an out-of-control spiral toward oblivion.',
};

export const FIGHT_CLUB: TitleDetails = {
  ...FIGHT_CLUB_SUMMARY,
  runtime: 139,
  seasons: null,
  episodes: null,
  genres: ['Drama'],
  certification: 'R',
  makers: ['David Fincher'],
  cast: [
    {
      id: 819,
      name: 'Edward Norton',
      character: 'Narrator',
      profilePath: '/5XBzD5WuTyVQZeS4VI25z2moMeY.jpg',
    },
    {
      id: 287,
      name: 'Brad Pitt',
      character: 'Tyler Durden',
      profilePath: '/cckcYc2v0yh1tc9QjRelptcOBko.jpg',
    },
    {
      id: 1283,
      name: 'Helena Bonham Carter',
      character: 'Marla Singer',
      profilePath: '/hJMbNSPJ2PCahsP3rNEU39C8GWU.jpg',
    },
    {
      id: 7470,
      name: 'Meat Loaf',
      character: "Robert 'Bob' Paulson",
      profilePath: '/7gKLR1u46OB8WJ6m06LemNBCMx6.jpg',
    },
    {
      id: 7499,
      name: 'Jared Leto',
      character: 'Angel Face',
      profilePath: '/ca3x0OfIKbJppZh8S1Alx3GfUZO.jpg',
    },
    {
      id: 7471,
      name: 'Zach Grenier',
      character: 'Richard Chesler (Regional Manager)',
      profilePath: '/fSyQKZO39sUsqY283GXiScOg3Hi.jpg',
    },
    { id: 7497, name: 'Holt McCallany', character: 'The Mechanic', profilePath: null },
  ],
  trailerKey: 'dfeUzm6KF4g',
  imdbId: 'tt0137523',
  providers: {
    link: 'https://www.themoviedb.org/movie/550-fight-club/watch?locale=US',
    flatrate: [],
    free: [],
    ads: [],
    rent: [
      { id: 2, name: 'Apple TV', logoPath: '/9ghgSC0MA082EL6HLCW3GalykFD.jpg' },
      { id: 10, name: 'Amazon Video', logoPath: '/seGSXajazLMCKGB5hnRCidtjay1.jpg' },
    ],
    buy: [{ id: 3, name: 'Google Play Movies', logoPath: '/8z7rC8uIDaTM91X0ZfkRf04ydj2.jpg' }],
  },
  tagline: 'Mischief. Mayhem. Soap.',
};

/** Game of Thrones (tv 1399) as the card gets it, without provider data for the region. */
export const GAME_OF_THRONES: TitleDetails = {
  type: 'tv',
  id: 1399,
  title: 'Game of Thrones',
  originalTitle: 'Game of Thrones',
  year: 2011,
  posterPath: '/1XS1oqL89opfnbLl8WnZY1O1uJx.jpg',
  voteAverage: 8.456,
  voteCount: 25000,
  popularity: 400,
  overview: 'Seven noble families fight for control of the mythical land of Westeros.',
  runtime: null,
  seasons: 8,
  episodes: 73,
  genres: ['Sci-Fi & Fantasy', 'Drama', 'Action & Adventure'],
  certification: 'TV-MA',
  makers: ['David Benioff', 'D. B. Weiss'],
  cast: [],
  trailerKey: null,
  imdbId: 'tt0944947',
  providers: null,
  tagline: 'Winter is coming.',
};
