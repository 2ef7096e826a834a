import { describe, expect, it } from 'vitest';
import { loadDemoPages, parseSources } from '../../../scripts/demo/pages';

describe('parseSources', () => {
  it('reads file, URL and kind by column name and names the site', () => {
    const tsv = [
      'local_path\tsource_repo\tpage_kind\toriginal_url',
      '_reduced/hbomax/search.html\trepo\tsearch results\thttps://play.hbomax.com/search',
      '',
    ].join('\n');

    expect(parseSources(tsv)).toEqual([
      {
        site: 'Max',
        file: '_reduced/hbomax/search.html',
        url: 'https://play.hbomax.com/search',
        kind: 'search results',
      },
    ]);
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => parseSources('a\tb\n1\t2')).toThrow(/local_path/);
  });
});

describe('the shared saved pages', () => {
  it('lists every saved real page the demo visits', () => {
    const pages = loadDemoPages();
    const sites = pages.map((page) => page.site);

    expect(sites.filter((site) => site === 'IMDb')).toHaveLength(2);
    expect(sites.filter((site) => site === 'Letterboxd')).toHaveLength(2);
    for (const site of [
      'Netflix',
      'Wikipedia',
      'Rotten Tomatoes',
      'Metacritic',
      'Disney+',
      'Max',
    ]) {
      expect(sites).toContain(site);
    }
    for (const page of pages) expect(page.url).toMatch(/^https:\/\//);
  });
});
