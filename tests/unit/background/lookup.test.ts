vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupTitle } from '../../../utils/background/lookup';
import { getDetails } from '../../../utils/background/titles';
import type { TitleQuery } from '../../../utils/types';
import { pathsOf } from './fake-tmdb';
import {
  fixtureRoute,
  makeService,
  resetWorld,
  removeCorrection,
  saveCorrection,
  simpleMatcher,
} from './service-helpers';

const visible = { priority: 'visible' as const, tabId: 7 };
const lookup = (service: ReturnType<typeof makeService>['service'], query: TitleQuery) =>
  lookupTitle(service, simpleMatcher, query, visible);

beforeEach(() => resetWorld());

describe('lookup order', () => {
  it('uses a TMDB id before anything else, with one details request', async () => {
    const { service, calls } = makeService();
    const query = {
      title: 'Game of Thrones',
      type: 'movie',
      tmdbId: 87421,
      imdbId: 'tt1',
    } as const;

    const result = await lookup(service, query);
    expect(result).toMatchObject({ status: 'matched', corrected: false, summary: { id: 87421 } });
    expect(pathsOf(calls)).toEqual(['/3/movie/87421']);
    expect(calls[0]!.url.searchParams.get('append_to_response')).toBe(
      'credits,external_ids,videos,release_dates,watch/providers',
    );

    // The card's details come from the same request.
    await getDetails(service, { type: 'movie', id: 87421 }, { priority: 'card', tabId: 7 });
    expect(calls).toHaveLength(1);
  });

  it('uses /find for an IMDb id', async () => {
    const { service, calls } = makeService();
    const result = await lookup(service, { title: 'Fight Club', imdbId: 'tt0137523' });

    expect(result).toMatchObject({ status: 'matched', summary: { type: 'movie', id: 550 } });
    expect(pathsOf(calls)).toEqual(['/3/find/tt0137523']);
    expect(calls[0]!.url.searchParams.get('external_source')).toBe('imdb_id');
  });

  it('uses /find for a Wikidata id, and stops there when TMDB knows none', async () => {
    const { service, calls } = makeService();
    const result = await lookup(service, { title: 'Game of Thrones', wikidataId: 'Q123' });

    expect(result).toEqual({ status: 'unmatched', candidates: [] });
    expect(pathsOf(calls)).toEqual(['/3/find/Q123']);
    expect(calls[0]!.url.searchParams.get('external_source')).toBe('wikidata_id');
  });

  it('searches by title once, with the language and without adult titles', async () => {
    const { service, calls } = makeService();
    const result = await lookup(service, { title: 'Game of Thrones', type: 'tv' });

    expect(result).toMatchObject({ status: 'matched', summary: { type: 'tv', id: 1399 } });
    expect(pathsOf(calls)).toEqual(['/3/search/tv']);
    const params = calls[0]!.url.searchParams;
    expect([params.get('query'), params.get('include_adult'), params.get('language')]).toEqual([
      'Game of Thrones',
      'false',
      'en-US',
    ]);
  });

  it('offers at most eight candidates when nothing matches', async () => {
    const { service } = makeService();
    const result = await lookup(service, { title: 'Game of Throne' });
    expect(result.status).toBe('unmatched');
    expect(result.status === 'unmatched' && result.candidates.length).toBe(8);
  });
});

describe('corrections and caching', () => {
  it("applies the user's correction before any search", async () => {
    const { service, calls } = makeService();
    const query = { title: 'Game of Thrones', type: 'tv' } as const;
    await saveCorrection(simpleMatcher.correctionKey(query), { type: 'tv', id: 1396 });

    const result = await lookup(service, query);
    expect(result).toMatchObject({ status: 'matched', corrected: true, summary: { id: 1396 } });
    expect(pathsOf(calls)).toEqual(['/3/tv/1396']);
  });

  it('matches automatically again once a correction is forgotten', async () => {
    const { service } = makeService();
    const query = { title: 'Game of Thrones', type: 'tv' } as const;
    const key = simpleMatcher.correctionKey(query);
    await saveCorrection(key, { type: 'tv', id: 1396 });
    expect(await lookup(service, query)).toMatchObject({ corrected: true, summary: { id: 1396 } });

    await removeCorrection(key);
    expect(await lookup(service, query)).toMatchObject({
      status: 'matched',
      corrected: false,
      summary: { id: 1399 },
    });
  });

  it('answers "not a title" corrections without any request', async () => {
    const { service, calls } = makeService();
    const query = { title: 'Trending Now' };
    await saveCorrection(simpleMatcher.correctionKey(query), null);

    expect(await lookup(service, query)).toEqual({
      status: 'unmatched',
      candidates: [],
      dismissed: true,
    });
    expect(calls).toHaveLength(0);
  });

  it('makes zero requests on a revisit, even after the worker restarts', async () => {
    const first = makeService();
    const queries: TitleQuery[] = [
      { title: 'Game of Thrones' },
      { title: 'Fight Club', imdbId: 'tt0137523' },
      { title: 'Riddick', type: 'movie', tmdbId: 87421 },
    ];
    for (const query of queries) await lookup(first.service, query);
    expect(first.calls).toHaveLength(3);
    for (const query of queries) await lookup(first.service, query);
    expect(first.calls).toHaveLength(3);

    await first.service.cache.flush();
    const restarted = makeService();
    for (const query of queries) await lookup(restarted.service, query);
    expect(restarted.calls).toHaveLength(0);
  });

  it('merges identical lookups from two tabs into one request', async () => {
    const { service, calls } = makeService();
    const query = { title: 'Game of Thrones' };
    await Promise.all([
      lookupTitle(service, simpleMatcher, query, { priority: 'visible', tabId: 1 }),
      lookupTitle(service, simpleMatcher, query, { priority: 'visible', tabId: 2 }),
    ]);
    expect(calls).toHaveLength(1);
  });

  it('keeps a merged lookup alive for one tab when the other tab navigates', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { service } = makeService(async (url) => {
      await gate;
      return fixtureRoute(url);
    });
    const query = { title: 'Game of Thrones' };
    const first = lookupTitle(service, simpleMatcher, query, { priority: 'visible', tabId: 1 });
    const second = lookupTitle(service, simpleMatcher, query, { priority: 'visible', tabId: 2 });
    await vi.waitFor(() => expect(service.scheduler.stats().running).toBe(1));

    service.scheduler.cancelTab(1);
    release();
    await expect(first).rejects.toMatchObject({ kind: 'cancelled' });
    expect(await second).toMatchObject({ status: 'matched', summary: { id: 1399 } });
  });

  it("says 'no-key' without a stored key, and asks TMDB nothing", async () => {
    await resetWorld(false);
    const { service, calls } = makeService();
    await expect(lookup(service, { title: 'Game of Thrones' })).rejects.toMatchObject({
      kind: 'no-key',
    });
    expect(calls).toHaveLength(0);
  });

  it('treats a TMDB id that no longer exists as unmatched', async () => {
    const { service } = makeService();
    const result = await lookup(service, { title: 'Gone', type: 'movie', tmdbId: 999 });
    expect(result).toEqual({ status: 'unmatched', candidates: [] });
  });
});
