/**
 * Detection on HAND-MADE fixtures (tests/fixtures/pages/<site>/): sites with
 * no saved real page, and layouts newer than the saved ones (Netflix 2026
 * virtualized cards, the new Rotten Tomatoes and Metacritic). Each fixture
 * says in its first comment that it is hand-made.
 */
import { describe, expect, it } from 'vitest';
import { scanTitles } from '../../../utils/detect';
import { GENERIC_ADAPTER, siteAdapterFor } from '../../../utils/sites';
import type { TitleQuery } from '../../../utils/types';
import { loadPage } from './load-page';

const FIXTURES = new URL('../../fixtures/pages/', import.meta.url);

/** What detection reads from a fixture served at `url`. */
function detect(file: string, url: string, generic = false): TitleQuery[] {
  const document = loadPage(new URL(file, FIXTURES), url);
  const adapter = generic ? GENERIC_ADAPTER : siteAdapterFor(new URL(url));
  return adapter ? scanTitles(document, document, [adapter]).map((found) => found.query) : [];
}

describe('hand-made fixtures', () => {
  it('Netflix 2026: virtualized cards, billboard, detail modal and player', () => {
    const queries = detect(
      'netflix/browse-2026-virtualized.html',
      'https://www.netflix.com/browse',
    );
    expect(queries.map((q) => q.title)).toEqual([
      'The Witcher', // " (New Season)" dropped
      'Inception',
      'Squid Game',
      'Wednesday',
      'Cowboy Bebop',
      'Dark',
    ]);
    expect(queries.find((q) => q.title === 'Cowboy Bebop')?.year).toBe(2021);
  });

  it('Rotten Tomatoes, new design: scorecard title and discovery tiles', () => {
    const queries = detect(
      'rottentomatoes/movie-2024.html',
      'https://www.rottentomatoes.com/m/dune_part_two',
    );
    expect(queries).toEqual([
      { title: 'Dune: Part Two', type: 'movie', year: 2024 },
      { title: 'The Batman', type: 'movie', year: 2022 },
      { title: 'Shōgun', type: 'tv', year: 2024 },
    ]);
  });

  it('Metacritic, new design: product cards', () => {
    const queries = detect(
      'metacritic/browse-2024.html',
      'https://www.metacritic.com/browse/movie/',
    );
    expect(queries).toEqual([
      { title: 'Oppenheimer', type: 'movie', year: 2023 },
      { title: 'The Bear', type: 'tv', year: 2022 },
    ]);
  });

  it('Prime Video: cards with their kind, events skipped, the detail heading', () => {
    const queries = detect('primevideo/storefront.html', 'https://www.primevideo.com/storefront');
    expect(queries).toEqual([
      { title: 'Reacher', type: 'tv' },
      { title: 'The Tomorrow War', type: 'movie' },
      { title: 'Fallout', year: 2024 },
    ]);
  });

  it('Hulu: cover art alt text and the link kind', () => {
    const queries = detect('hulu/hub.html', 'https://www.hulu.com/hub/home');
    expect(queries).toEqual([
      { title: 'The Bear', type: 'tv' },
      { title: 'Prey', type: 'movie' },
    ]);
  });

  it("Apple TV+: the page's title once, other lockups", () => {
    const url = 'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx';
    expect(detect('appletv/show-page.html', url)).toEqual([
      { title: 'Napoleon', type: 'movie' },
      { title: 'Slow Horses', type: 'tv' },
      { title: 'Severance', type: 'tv', year: 2022 },
    ]);
  });

  it('Trakt: ids from the external links, grid items', () => {
    expect(detect('trakt/movie-page.html', 'https://trakt.tv/movies/the-matrix-1999')).toEqual([
      { title: 'The Matrix', type: 'movie', year: 1999, tmdbId: 603, imdbId: 'tt0133093' },
      { title: 'Severance', type: 'tv', year: 2022 },
    ]);
  });

  it('JustWatch: "Title (Year)" heading and title tiles only', () => {
    expect(
      detect('justwatch/title-page.html', 'https://www.justwatch.com/us/movie/serenity'),
    ).toEqual([
      { title: 'Serenity', type: 'movie', year: 2005 },
      { title: 'Firefly', type: 'tv' },
    ]);
  });

  it('IMDb: an episode page is about its series, a game page is nothing', () => {
    const episode = detect('imdb/episode-page.html', 'https://www.imdb.com/title/tt0959621/');
    expect(episode).toEqual([{ title: 'Breaking Bad', type: 'tv', imdbId: 'tt0903747' }]);
    expect(detect('imdb/game-page.html', 'https://www.imdb.com/title/tt2140553/')).toEqual([]);
  });

  it('IMDb charts: numbered titles with years, not section links', () => {
    expect(detect('imdb/chart.html', 'https://www.imdb.com/chart/top/')).toEqual([
      { title: 'The Shawshank Redemption', imdbId: 'tt0111161', year: 1994 },
      { title: 'The Dark Knight', imdbId: 'tt0468569', year: 2008 },
    ]);
  });

  it('Letterboxd person page: the person is not a title, their films are', () => {
    const queries = detect(
      'letterboxd/person-page.html',
      'https://letterboxd.com/director/david-lynch/',
    );
    expect(queries).toEqual([{ title: 'Eraserhead', year: 1977, type: 'movie' }]);
  });

  it('Wikipedia lists: italic links with hints from the link title, red links skipped', () => {
    const url = 'https://en.wikipedia.org/wiki/List_of_science_fiction_films_of_the_1990s';
    expect(detect('wikipedia/list-of-films.html', url)).toEqual([
      { title: 'The Matrix', year: 1999 },
      { title: 'Contact', type: 'movie', year: 1997 },
    ]);
  });

  it('generic: JSON-LD in CDATA inside @graph, and title links', () => {
    const queries = detect('generic/blog.html', 'https://blog.example/arrival', true);
    expect(queries).toEqual([
      { title: 'Arrival', type: 'movie', year: 2016, imdbId: 'tt2543164' },
      { title: 'Contact', imdbId: 'tt0118884', year: 1997 },
      { title: 'Game of Thrones', type: 'tv', tmdbId: 1399 },
      { title: 'Sicario' },
    ]);
  });

  it('generic: OpenGraph video.tv_show', () => {
    expect(detect('generic/opengraph.html', 'https://guide.example/severance', true)).toEqual([
      { title: 'Severance', type: 'tv', year: 2022 },
    ]);
  });
});
