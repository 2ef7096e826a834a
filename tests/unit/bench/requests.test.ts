import { describe, expect, it } from 'vitest';
import {
  countByKind,
  duplicates,
  farRequests,
  isTitleRequest,
  requestKey,
} from '../../bench/requests';

const search = (query: string, extra: Record<string, string> = {}) => ({
  path: '/3/search/multi',
  query: { query, ...extra },
});

describe('request counts', () => {
  it('treats the same path and parameters in any order as one request', () => {
    const a = { path: '/3/search/movie', query: { query: 'Alien', year: '1979' } };
    const b = { path: '/3/search/movie', query: { year: '1979', query: 'Alien' } };
    expect(requestKey(a)).toBe(requestKey(b));
    expect(duplicates([a, b, search('Alien')])).toEqual([b]);
  });

  it('leaves session requests out of per-title counts', () => {
    expect(isTitleRequest({ path: '/3/configuration', query: {} })).toBe(false);
    expect(isTitleRequest(search('Alien'))).toBe(true);
    expect(isTitleRequest({ path: '/3/movie/348', query: {} })).toBe(true);
  });

  it('groups requests by kind with ids folded', () => {
    const log = [search('a'), search('b'), { path: '/3/movie/348', query: {} }];
    expect(countByKind(log)).toEqual({ 'search/multi': 2, 'movie/:id': 1 });
  });

  it('finds searches for tiles far below the viewport, loosely matching cleaned text', () => {
    const distances = { 'Mad Max: Fury Road': 0.4, Amélie: 1.5, Interstellar: 5 };
    const result = farRequests(
      [search('mad max fury road'), search('Amelie'), search('INTERSTELLAR'), search('BEEF')],
      distances,
      2,
    );
    expect(result.far).toEqual(['INTERSTELLAR']);
    expect(result.unmapped).toEqual(['BEEF']);
    expect(result.nearTiles).toBe(2);
    expect(result.totalTiles).toBe(3);
  });
});
