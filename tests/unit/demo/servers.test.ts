import { describe, expect, it } from 'vitest';
import { resolverRules } from '../../../scripts/demo/servers';

describe('resolverRules', () => {
  it('sends every host to the local server, TMDB included, for the stand-in', () => {
    expect(resolverRules(4321, false)).toBe('MAP * 127.0.0.1:4321,EXCLUDE localhost');
  });

  it('leaves TMDB API and image hosts to the real network with a real key', () => {
    expect(resolverRules(4321, true)).toBe(
      'MAP * 127.0.0.1:4321,EXCLUDE localhost,EXCLUDE api.themoviedb.org,EXCLUDE image.tmdb.org',
    );
  });
});
