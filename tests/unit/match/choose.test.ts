import { describe, expect, it } from 'vitest';
import { chooseMatch, correctionKey, planSearch } from '../../../utils/match';
import type { MediaType, TitleSummary } from '../../../utils/types';

/** A search result with only what matching reads. */
function result(
  type: MediaType,
  id: number,
  title: string,
  year: number | null,
  voteCount = 100,
  originalTitle?: string,
): TitleSummary {
  return {
    type,
    id,
    title,
    originalTitle: originalTitle ?? title,
    year,
    posterPath: null,
    voteAverage: 7,
    voteCount,
    popularity: voteCount / 10,
    overview: null,
  };
}

const SOLO_STAR_WARS = result('movie', 348350, 'Solo: A Star Wars Story', 2018, 9000);
const SOLO_2008 = result('movie', 27057, 'Solo', 2008, 20);
const SOLO_2013 = result('movie', 210026, 'Solo', 2013, 15);
const SERENITY_2005 = result('movie', 16320, 'Serenity', 2005, 3500);
const SERENITY_2019 = result('movie', 454294, 'Serenity', 2019, 1100);
const BEBOP_ANIME = result('tv', 30991, 'Cowboy Bebop', 1998, 1500, 'カウボーイビバップ');
const BEBOP_LIVE = result('tv', 90829, 'Cowboy Bebop', 2021, 900);
const BEBOP_FILM = result('movie', 11299, 'Cowboy Bebop: The Movie', 2001, 800);

describe('chooseMatch', () => {
  it('Solo: the Star Wars film for "Solo: A Star Wars Story", the 2013 film for "Solo" 2013', () => {
    const candidates = [SOLO_STAR_WARS, SOLO_2008, SOLO_2013];
    expect(chooseMatch({ title: 'Solo: A Star Wars Story' }, candidates)).toBe(SOLO_STAR_WARS);
    expect(chooseMatch({ title: 'Solo', year: 2013 }, candidates)).toBe(SOLO_2013);
  });

  it('Solo 2018: the main title before the subtitle counts when the year confirms it', () => {
    expect(chooseMatch({ title: 'Solo', year: 2018 }, [SOLO_2008, SOLO_STAR_WARS, SOLO_2013])).toBe(
      SOLO_STAR_WARS,
    );
  });

  it('Solo without a year: several same-title films, none clearly meant → null', () => {
    expect(chooseMatch({ title: 'Solo' }, [SOLO_STAR_WARS, SOLO_2008, SOLO_2013])).toBeNull();
  });

  it('Serenity: the year decides, one year of tolerance for films', () => {
    const candidates = [SERENITY_2019, SERENITY_2005];
    expect(chooseMatch({ title: 'Serenity', year: 2005 }, candidates)).toBe(SERENITY_2005);
    expect(chooseMatch({ title: 'Serenity', year: 2019 }, candidates)).toBe(SERENITY_2019);
    expect(chooseMatch({ title: 'Serenity', year: 2020 }, candidates)).toBe(SERENITY_2019);
    expect(chooseMatch({ title: 'Serenity (2005)' }, candidates)).toBe(SERENITY_2005);
  });

  it('Serenity without a year: two well-known films → null', () => {
    expect(chooseMatch({ title: 'Serenity' }, [SERENITY_2005, SERENITY_2019])).toBeNull();
  });

  it('Cowboy Bebop: the 2021 series for 2021, the anime for 1998, not the film', () => {
    const candidates = [BEBOP_FILM, BEBOP_ANIME, BEBOP_LIVE];
    expect(chooseMatch({ title: 'Cowboy Bebop', year: 2021, type: 'tv' }, candidates)).toBe(
      BEBOP_LIVE,
    );
    expect(chooseMatch({ title: 'Cowboy Bebop', year: 1998 }, candidates)).toBe(BEBOP_ANIME);
    expect(chooseMatch({ title: 'カウボーイビバップ' }, candidates)).toBe(BEBOP_ANIME);
  });

  it('a series page never gets the same-named film, and the other way round', () => {
    const film = result('movie', 1, 'Fargo', 1996, 6000);
    const series = result('tv', 2, 'Fargo', 2014, 2500);
    expect(chooseMatch({ title: 'Fargo', type: 'tv' }, [film, series])).toBe(series);
    expect(chooseMatch({ title: 'Fargo: Season 5' }, [film, series])).toBe(series);
    expect(chooseMatch({ title: 'Fargo', type: 'movie', year: 1996 }, [series, film])).toBe(film);
    expect(chooseMatch({ title: 'Fargo', type: 'tv', year: 2014 }, [film])).toBeNull();
  });

  it('a series page whose year is a later season still matches the series', () => {
    const series = result('tv', 66732, 'Stranger Things', 2016, 17000);
    expect(chooseMatch({ title: 'Stranger Things', year: 2025, type: 'tv' }, [series])).toBe(
      series,
    );
  });

  it('a film whose year is far off is not a match', () => {
    expect(
      chooseMatch({ title: 'Heat', year: 1986 }, [result('movie', 949, 'Heat', 1995, 6000)]),
    ).toBeNull();
  });

  it('never falls back to the first result', () => {
    const candidates = [
      result('movie', 1, 'The Matrix Reloaded', 2003),
      result('movie', 2, 'Matrix of Evil', 2003),
    ];
    expect(chooseMatch({ title: 'Matrix Resurrections' }, candidates)).toBeNull();
    expect(
      chooseMatch({ title: 'Some Obscure Film' }, [result('movie', 3, 'Another Film', 2001)]),
    ).toBeNull();
    expect(chooseMatch({ title: 'Anything' }, [])).toBeNull();
  });

  it('skips people in mixed results', () => {
    const person = {
      ...result('movie', 5, 'Heat', null),
      type: 'person',
    } as unknown as TitleSummary;
    const film = result('movie', 949, 'Heat', 1995, 6000);
    expect(chooseMatch({ title: 'Heat' }, [person, film])).toBe(film);
  });

  it('tells "Die Hard" from a film called "Hard"', () => {
    const dieHard = result('movie', 562, 'Die Hard', 1988, 10000);
    const hard = result('movie', 9, 'Hard', 1998, 10);
    expect(chooseMatch({ title: 'Die Hard' }, [hard, dieHard])).toBe(dieHard);
  });

  it('decorations and accents do not get in the way', () => {
    const amelie = result(
      'movie',
      194,
      'Amélie',
      2001,
      10000,
      "Le Fabuleux Destin d'Amélie Poulain",
    );
    expect(chooseMatch({ title: 'Amelie (4K UHD)' }, [amelie])).toBe(amelie);
    expect(
      chooseMatch({ title: "Le fabuleux destin d'Amelie Poulain", year: 2001 }, [amelie]),
    ).toBe(amelie);
  });
});

describe('planSearch', () => {
  it('searches the endpoint of the type hint with the cleaned title, no year filter', () => {
    expect(planSearch({ title: 'Stranger Things: Season 2' })).toEqual({
      kind: 'tv',
      params: { query: 'Stranger Things', include_adult: 'false', page: '1' },
    });
    expect(planSearch({ title: 'Heat (1995)', type: 'movie' }).params).not.toHaveProperty('year');
    expect(planSearch({ title: 'Heat (1995)', type: 'movie' }).kind).toBe('movie');
  });

  it('searches movies and series together without a type hint', () => {
    expect(planSearch({ title: 'Heat' }).kind).toBe('multi');
  });
});

describe('correctionKey', () => {
  it('is the same for the same title however a site decorates it', () => {
    expect(correctionKey({ title: 'The Matrix (1999)' })).toBe(
      correctionKey({ title: 'Matrix', year: 1999 }),
    );
    expect(correctionKey({ title: 'Dark: Season 2' })).toBe(
      correctionKey({ title: 'Dark', type: 'tv' }),
    );
  });

  it('differs by year and type', () => {
    expect(correctionKey({ title: 'Serenity', year: 2005 })).not.toBe(
      correctionKey({ title: 'Serenity', year: 2019 }),
    );
    expect(correctionKey({ title: 'Fargo', type: 'tv' })).not.toBe(
      correctionKey({ title: 'Fargo', type: 'movie' }),
    );
  });
});
