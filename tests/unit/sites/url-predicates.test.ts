import { describe, expect, it, vi } from 'vitest';

// Settings import the extension API, which does not exist in Node; only defaults are used here.
vi.mock('../../../utils/browser', () => ({ browser: {} }));
vi.mock('../../../utils/native-browser', () => ({ browser: {} }));

import { adaptersFor, siteFor } from '../../../utils/detect';
import { defaultSettings } from '../../../utils/settings';
import { SITE_ADAPTERS } from '../../../utils/sites';
import { SITE_IDS } from '../../../utils/sites/ids';

const CASES: [string, string | null][] = [
  ['https://www.netflix.com/browse', 'netflix'],
  ['https://www.netflix.com/title/80189685', 'netflix'],
  ['https://www.primevideo.com/detail/0KY9/', 'primevideo'],
  ['https://www.amazon.com/gp/video/detail/B0/', 'primevideo'],
  ['https://www.amazon.com/dp/B000123', null],
  ['https://www.disneyplus.com/en-gb/home', 'disneyplus'],
  ['https://play.max.com/search', 'max'],
  ['https://play.hbomax.com/search', 'max'],
  ['https://www.hulu.com/hub/home', 'hulu'],
  ['https://tv.apple.com/us/show/severance/umc.cmc.1srk', 'appletv'],
  ['https://www.apple.com/tv/', null],
  ['https://www.imdb.com/title/tt0133093/', 'imdb'],
  ['https://m.imdb.com/chart/top/', 'imdb'],
  ['https://letterboxd.com/film/heat-1995/', 'letterboxd'],
  ['https://www.rottentomatoes.com/m/heat_1995', 'rottentomatoes'],
  ['https://www.metacritic.com/movie/heat/', 'metacritic'],
  ['https://trakt.tv/movies/heat-1995', 'trakt'],
  ['https://www.justwatch.com/us/movie/heat', 'justwatch'],
  ['https://en.wikipedia.org/wiki/Heat_(1995_film)', 'wikipedia'],
  ['https://fr.wikipedia.org/wiki/Heat_(film,_1995)', 'wikipedia'],
  ['https://notnetflix.com/', null],
  ['https://netflix.com.evil.example/', null],
  ['https://blog.example/review', null],
];

describe('URL predicates', () => {
  it.each(CASES)('%s → %s', (url, id) => {
    expect(siteFor(new URL(url))?.id ?? null).toBe(id);
  });

  it('has one adapter per site id', () => {
    expect(Object.keys(SITE_ADAPTERS).sort()).toEqual([...SITE_IDS].sort());
  });
});

describe('adaptersFor', () => {
  const settings = defaultSettings('en-US');

  it('runs only the site adapter on a known site', () => {
    expect(adaptersFor(new URL('https://www.imdb.com/'), settings).map((a) => a.id)).toEqual([
      'imdb',
    ]);
  });

  it('runs nothing on a site the user turned off, not even generic detection', () => {
    const off = { ...settings, allSites: true, sites: { ...settings.sites, imdb: false } };
    expect(adaptersFor(new URL('https://www.imdb.com/'), off)).toEqual([]);
  });

  it('runs the generic detectors elsewhere only when all sites are on', () => {
    const url = new URL('https://blog.example/review');
    expect(adaptersFor(url, settings)).toEqual([]);
    expect(adaptersFor(url, { ...settings, allSites: true }).map((a) => a.id)).toEqual(['generic']);
  });
});
