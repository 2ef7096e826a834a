import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../standin/csv';
import { loadDatasetMovies } from '../../standin/load';

describe('parseCsv', () => {
  it('keeps commas, newlines and doubled quotes inside quoted fields', () => {
    const text = 'a,b,c\n"x, y","line 1\nline 2","say ""hi"""\n';

    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'line 1\nline 2', 'say "hi"'],
    ]);
  });

  it('treats CRLF as one line break and keeps empty fields', () => {
    expect(parseCsv('a,,c\r\n,b,\r\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('maps records by header name', () => {
    expect(parseCsvRecords('id,title\n603,The Matrix')).toEqual([
      { id: '603', title: 'The Matrix' },
    ]);
  });
});

describe('the shared dataset', () => {
  const movies = loadDatasetMovies();

  it('has all 4,803 real movies', () => {
    expect(movies).toHaveLength(4803);
  });

  it('parses JSON genres and keeps accents and original titles', () => {
    const amelie = movies.find((m) => m.id === 194);

    expect(amelie).toMatchObject({
      title: 'Amélie',
      original_title: "Le fabuleux destin d'Amélie Poulain",
      release_date: '2001-04-25',
    });
    expect(amelie?.genres.map((g) => g.name)).toContain('Comedy');
  });

  it('attaches the external ids written for dataset films', () => {
    expect(movies.find((m) => m.id === 603)).toMatchObject({ imdb_id: 'tt0133093' });
  });
});
