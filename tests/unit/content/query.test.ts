/**
 * Page-read queries are cleaned before they are sent or keyed: long titles
 * cut, malformed ids dropped, and identical questions given one key.
 */
import { describe, expect, it } from 'vitest';
import { queryKey, sanitizeQuery } from '../../../entrypoints/content/query';
import type { TitleQuery } from '../../../utils/types';

describe('sanitizeQuery', () => {
  it('cuts a 10,000-character title to 300 characters', () => {
    const clean = sanitizeQuery({ title: 'x'.repeat(10_000) });

    expect(clean.title.length).toBe(300);
  });

  it('keeps well-formed fields', () => {
    const query: TitleQuery = {
      title: 'The Matrix',
      year: 1999,
      type: 'movie',
      imdbId: 'tt0133093',
    };

    expect(sanitizeQuery(query)).toEqual(query);
  });

  it('drops malformed ids and years a page could plant', () => {
    const hostile = {
      title: 'Alien',
      year: 99999,
      type: 'person',
      tmdbId: -4,
      imdbId: 'javascript:alert(1)',
      wikidataId: 'Q1"><script>',
    } as unknown as TitleQuery;

    expect(sanitizeQuery(hostile)).toEqual({ title: 'Alien' });
  });
});

describe('queryKey', () => {
  it('gives identical questions one key, whatever the case and spacing', () => {
    const a = sanitizeQuery({ title: 'The  Matrix', year: 1999 });
    const b = sanitizeQuery({ title: 'the matrix', year: 1999 });

    expect(queryKey(a)).toBe(queryKey(b));
  });

  it('tells different years and types apart', () => {
    const keys = new Set([
      queryKey({ title: 'Dune', year: 1984 }),
      queryKey({ title: 'Dune', year: 2021 }),
      queryKey({ title: 'Dune', type: 'tv' }),
      queryKey({ title: 'Dune' }),
    ]);

    expect(keys.size).toBe(4);
  });
});
