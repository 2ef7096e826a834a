import { describe, expect, it } from 'vitest';
import type { BadgeRow } from '../../../scripts/demo/badges';
import { formatPageHeading, formatSummary, formatTable } from '../../../scripts/demo/report';

const PAGE = {
  site: 'IMDb',
  file: 'imdb/x.html',
  url: 'https://www.imdb.com/title/tt0133093/',
  kind: '',
};

function row(title: string, state: string, tmdb = '', rating = ''): BadgeRow {
  return { title, year: '1999', state, tmdb, rating, visible: true };
}

describe('formatTable', () => {
  it('aligns columns under a heading', () => {
    const table = formatTable([
      row('The Matrix', 'matched', 'movie:603', '8.2'),
      row('X', 'unmatched'),
    ]);
    const lines = table.split('\n');

    expect(lines[0]).toBe('  title as read  year  state      TMDB       rating');
    expect(lines[2]).toBe('  The Matrix     1999  matched    movie:603  8.2');
    expect(lines[3]).toBe('  X              1999  unmatched');
  });

  it('cuts long titles so each badge stays on one line', () => {
    const table = formatTable([row(`A ${'very '.repeat(20)}long title`, 'matched')]);

    expect(table.split('\n')[2]).toContain('…');
    expect(table.split('\n')).toHaveLength(3);
  });

  it('says so when a page has no badges', () => {
    expect(formatTable([])).toBe('  (no badges)');
  });
});

describe('headings and summary', () => {
  it('counts found and matched per page', () => {
    const heading = formatPageHeading({
      page: PAGE,
      verdict: 'settled',
      rows: [row('The Matrix', 'matched', 'movie:603'), row('X', 'error')],
    });

    expect(heading).toBe(`IMDb — ${PAGE.url}\n  2 found, 1 matched (settled)`);
  });

  it('totals every page and names failures', () => {
    const summary = formatSummary([
      { page: PAGE, verdict: 'settled', rows: [row('A', 'matched'), row('B', 'loading')] },
      { page: PAGE, verdict: 'failed', rows: [], error: 'net::ERR' },
    ]);

    expect(summary).toBe(
      'Summary: 2 pages (1 with badges, 1 failed), 2 titles found, 1 matched, ' +
        '0 unmatched, 0 errors, 1 still loading',
    );
  });
});
