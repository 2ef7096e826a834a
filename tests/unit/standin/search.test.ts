import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../standin/paths';
import { createStandin, PAGE_SIZE, words } from '../../standin/index';

const standin = createStandin();

type Item = { id: number; media_type?: string; title?: string; name?: string };
const ids = (kind: 'multi' | 'movie' | 'tv', params: Record<string, string>) =>
  (standin.search(kind, params).results as Item[]).map((r) => r.id);

describe('search like TMDB', () => {
  it('orders matches by popularity, most popular first', () => {
    expect(ids('movie', { query: 'the matrix' })).toEqual([603, 605, 604]);
  });

  it('ignores case and accents, in the query and in titles', () => {
    expect(ids('movie', { query: 'AMELIE' })).toContain(194);
    expect(ids('tv', { query: 'shogun' })).toEqual([126308, 900101]);
    expect(ids('tv', { query: 'Shōgun' })).toEqual([126308, 900101]);
  });

  it('matches original titles and word prefixes', () => {
    expect(ids('movie', { query: 'fabuleux destin' })).toEqual([194]);
    expect(ids('movie', { query: 'shaws redem' })).toEqual([278]);
  });

  it('needs every query word', () => {
    expect(ids('movie', { query: 'matrix titanic' })).toEqual([]);
  });

  it('filters movies by year and primary_release_year', () => {
    expect(ids('movie', { query: 'Serenity', year: '2019' })).toEqual([452832]);
    expect(ids('movie', { query: 'Solo', primary_release_year: '2018' })).toEqual([348350, 900202]);
  });

  it('filters series by first_air_date_year, and by any aired year with year', () => {
    expect(ids('tv', { query: 'Cowboy Bebop', first_air_date_year: '2021' })).toEqual([105248]);
    expect(ids('tv', { query: 'Cowboy Bebop', year: '1999' })).toEqual([30991]);
    // Netflix shows the latest season's year; BEEF first aired in 2023.
    expect(ids('tv', { query: 'BEEF', year: '2026' })).toEqual([154385]);
    expect(ids('tv', { query: 'BEEF', first_air_date_year: '2026' })).toEqual([]);
  });

  it('hides adult titles unless include_adult=true', () => {
    expect(ids('movie', { query: 'serenity' })).not.toContain(900299);
    expect(ids('movie', { query: 'serenity', include_adult: 'true' })).toContain(900299);
  });

  it('mixes movies, series and people in multi, each with media_type', () => {
    const results = standin.search('multi', { query: 'fargo' }).results as Item[];
    expect(results.map((r) => [r.media_type, r.id])).toEqual([
      ['tv', 60622],
      ['movie', 275],
    ]);

    const mandy = standin.search('multi', { query: 'mandy' }).results as Item[];
    expect(mandy[0]).toMatchObject({ media_type: 'person', name: 'Mandy Moore' });
  });

  it('pages 20 at a time with the paged envelope', () => {
    const first = standin.search('movie', { query: 'the' });
    const second = standin.search('movie', { query: 'the', page: '2' });

    expect(first.results).toHaveLength(PAGE_SIZE);
    expect(first.total_pages).toBe(Math.ceil(first.total_results / PAGE_SIZE));
    expect(second.page).toBe(2);
    expect(second.results[0]).not.toEqual(first.results[0]);
  });

  it('knows every title a person sees on the saved pages (LABELS.tsv)', () => {
    const rows = readFileSync(path.join(SHARED_DIR, 'pages/LABELS.tsv'), 'utf8').trim().split('\n');
    const titles = rows
      .slice(1)
      .map((row) => row.split('\t'))
      .filter((cells) => !cells[6]?.startsWith('NEGATIVE'))
      .map((cells) => cells[2]!);

    const missing = titles.filter((query) => {
      const found = standin.search('multi', { query }).results as Item[];
      return !found.some(
        (r) => words(r.title ?? r.name ?? '').join(' ') === words(query).join(' '),
      );
    });
    expect(missing).toEqual([]);
  });
});
