/**
 * Answers from the cache alone for titles read while a page is still being
 * parsed: `recall` never asks TMDB, and a site's own id (`pageId`) stands in
 * for the type and year the page has not shown yet, through the query last
 * asked for that id. Also the cache's `peek` and `put` underneath, and
 * `recallDetails`, the cached details a card is drawn with before it opens.
 */
vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../utils/background/handlers';
import { lookupAndRemember, lookupTitle, recallTitle } from '../../../utils/background/lookup';
import { createMessageListener } from '../../../utils/background/router';
import { getDetails, recallDetails } from '../../../utils/background/titles';
import { TmdbService } from '../../../utils/background/tmdb-service';
import { isTitleQuery, VALIDATORS } from '../../../utils/background/validate';
import type { Runtime } from '../../../utils/browser';
import { ResponseCache } from '../../../utils/cache/response-cache';
import { MAX_RECALLS, ReelcardError } from '../../../utils/messages';
import { chooseMatch, correctionKey, planSearch } from '../../../utils/match';
import type { TitleQuery, TitleRef } from '../../../utils/types';
import { browser, EXTENSION_ID } from './fake-browser';
import { fakeFetch, pathsOf, type FakeAnswer } from './fake-tmdb';
import {
  fixtureRoute,
  makeService,
  resetWorld,
  saveCorrection,
  simpleMatcher,
} from './service-helpers';

const DAY = 24 * 60 * 60 * 1000;
const visible = { priority: 'visible' as const, tabId: 7 };

/** What a Netflix tile reads once the page data is there, and before it is. */
const FULL = { title: 'Game of Thrones', year: 2011, type: 'tv', pageId: 'netflix:1' } as const;
const EARLY = { title: 'Game of Thrones', pageId: 'netflix:1' };

const remember = (service: TmdbService, query: TitleQuery) =>
  lookupAndRemember(service, simpleMatcher, query, visible);
const recall = (service: TmdbService, query: TitleQuery) =>
  recallTitle(service, simpleMatcher, query);

/** A service whose cache reads the clock `clock.now`, to age entries without fake timers. */
function serviceAt(clock: { now: number }, route: (url: URL) => FakeAnswer = fixtureRoute) {
  const { fetch, calls } = fakeFetch(route);
  const cache = new ResponseCache({ now: () => clock.now });
  return { service: new TmdbService({ fetch, cache }), calls };
}

const withoutPageId = ({ pageId: _pageId, ...rest }: TitleQuery) => rest;

beforeEach(() => resetWorld());

describe('recallTitle', () => {
  it('answers null for a title the cache does not know, without asking TMDB', async () => {
    const { service, calls } = makeService();
    expect(await recall(service, EARLY)).toBeNull();
    expect(await recall(service, { title: 'Game of Thrones' })).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it("recalls a site id's full query and its answer, with no new request", async () => {
    const { service, calls } = makeService();
    const answer = await remember(service, FULL);
    expect(answer).toMatchObject({ status: 'matched', summary: { id: 1399 } });
    expect(calls).toHaveLength(1);

    const recalled = await recall(service, EARLY);
    expect(recalled).toEqual({ query: FULL, result: answer });
    expect(calls).toHaveLength(1);
  });

  it('keeps the remembered query across a worker restart', async () => {
    const first = makeService();
    const answer = await remember(first.service, FULL);
    await first.service.cache.flush();

    const restarted = makeService();
    expect(await recall(restarted.service, EARLY)).toEqual({ query: FULL, result: answer });
    expect(restarted.calls).toHaveLength(0);
  });

  it('recalls a title without a site id by the query as given', async () => {
    const { service, calls } = makeService();
    const query = { title: 'House of the Dragon' };
    const answer = await lookupTitle(service, simpleMatcher, query, visible);

    expect(await recall(service, query)).toEqual({ query, result: answer });
    expect(calls).toHaveLength(1);
  });

  it('does not use a site id whose remembered title reads differently', async () => {
    const { service, calls } = makeService();
    await remember(service, FULL);
    const other = { title: 'House of the Dragon' };
    const otherAnswer = await lookupTitle(service, simpleMatcher, other, visible);

    // The id now shows another title (a reused id, or a tile read wrongly): the query stands alone.
    const asked = { title: 'House of the Dragon', pageId: 'netflix:1' };
    expect(await recall(service, asked)).toEqual({ query: asked, result: otherAnswer });
    expect(await recall(service, { title: 'Heat', pageId: 'netflix:1' })).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('keeps the year the page shows over the one remembered for the site id', async () => {
    const { service, calls } = makeService();
    await remember(service, FULL);
    const remake = { title: 'Game of Thrones', year: 2019, type: 'tv' } as const;
    const remakeAnswer = await lookupTitle(service, simpleMatcher, remake, visible);

    // The id's type still fills in; its old year must not replace the one on the page.
    const shown = { title: 'Game of Thrones', year: 2019, pageId: 'netflix:1' };
    expect(await recall(service, shown)).toEqual({
      query: { ...remake, pageId: 'netflix:1' },
      result: remakeAnswer,
    });
    // Nothing cached for the year shown: the answer for the remembered year would be wrong.
    expect(await recall(service, { ...shown, year: 2012 })).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('answers null for a site id never asked about', async () => {
    const { service, calls } = makeService();
    await remember(service, FULL);
    expect(await recall(service, { title: 'Game of Thrones', pageId: 'netflix:2' })).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('answers null for a title cached as a TMDB error, without asking again', async () => {
    const route = (url: URL): FakeAnswer =>
      url.pathname.startsWith('/3/search/')
        ? { status: 404, body: { status_code: 34, status_message: 'Not found' } }
        : fixtureRoute(url);
    const { service, calls } = makeService(route);
    await expect(remember(service, { title: 'Game of Thrones' })).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(calls).toHaveLength(1);

    expect(await recall(service, { title: 'Game of Thrones' })).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('remembers no query for a site id whose lookup failed', async () => {
    const route = (url: URL): FakeAnswer =>
      url.pathname.startsWith('/3/search/')
        ? { status: 404, body: { status_code: 34, status_message: 'Not found' } }
        : fixtureRoute(url);
    const { service } = makeService(route);
    const put = vi.spyOn(service.cache, 'put');
    await expect(remember(service, FULL)).rejects.toBeInstanceOf(ReelcardError);
    expect(put).not.toHaveBeenCalled();
  });

  it('answers null when the answer is stale, even if the site id was asked recently', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const { service, calls } = serviceAt(clock);
    await lookupTitle(service, simpleMatcher, withoutPageId(FULL), visible);
    clock.now += 6 * DAY;
    await remember(service, FULL);
    expect(calls).toHaveLength(1);

    clock.now += 2 * DAY;
    expect(await recall(service, EARLY)).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('falls back to the query as given when the site id was remembered too long ago', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const { service, calls } = serviceAt(clock);
    await remember(service, FULL);
    clock.now += 8 * DAY;
    // The ordinary lookup serves the stale answer and refreshes it; the site id stays old.
    await lookupTitle(service, simpleMatcher, withoutPageId(FULL), visible);
    await vi.waitFor(async () => {
      expect(calls).toHaveLength(2);
      expect(await recall(service, withoutPageId(FULL))).not.toBeNull();
    });

    expect(await recall(service, EARLY)).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it('answers null once the cached answer is stale, and still asks nothing', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const { service, calls } = serviceAt(clock);
    await remember(service, FULL);
    clock.now += 6 * DAY;
    expect(await recall(service, EARLY)).not.toBeNull();

    // Stale answers are for the ordinary lookup, which refreshes them.
    clock.now += 2 * DAY;
    expect(await recall(service, EARLY)).toBeNull();
    expect(await recall(service, withoutPageId(FULL))).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('recalls "not a title" for the remembered query without a request', async () => {
    const { service, calls } = makeService();
    await remember(service, FULL);
    await saveCorrection(simpleMatcher.correctionKey(FULL), null);

    expect(await recall(service, EARLY)).toEqual({
      query: FULL,
      result: { status: 'unmatched', candidates: [], dismissed: true },
    });
    expect(calls).toHaveLength(1);
  });

  it("answers null when the user's correction is not cached yet", async () => {
    const { service, calls } = makeService();
    await remember(service, FULL);
    await saveCorrection(simpleMatcher.correctionKey(FULL), { type: 'tv', id: 1396 });

    expect(await recall(service, EARLY)).toBeNull();
    expect(calls).toHaveLength(1);
  });
});

describe('pageId and TMDB', () => {
  it('never sends the site id to TMDB', async () => {
    const { service, calls } = makeService();
    const matcher = { planSearch, chooseMatch, correctionKey };
    const answer = await lookupAndRemember(service, matcher, FULL, visible);
    expect(answer).toMatchObject({ status: 'matched', summary: { id: 1399 } });

    expect(pathsOf(calls)).toEqual(['/3/search/tv']);
    const sent = calls[0]!.url;
    expect([...sent.searchParams.keys()]).not.toContain('pageId');
    expect(sent.href).not.toContain('netflix');
    expect(await recallTitle(service, matcher, EARLY)).toEqual({ query: FULL, result: answer });
  });

  it('looks a title up once, whatever site ids it is asked with', async () => {
    const { service, calls } = makeService();
    const first = await remember(service, FULL);
    const second = await remember(service, { ...FULL, pageId: 'netflix:2' });
    const plain = await remember(service, withoutPageId(FULL));

    expect(calls).toHaveLength(1);
    expect(second).toEqual(first);
    expect(plain).toEqual(first);
    // Each id remembers its own query.
    expect(await recall(service, { title: 'Game of Thrones', pageId: 'netflix:2' })).toEqual({
      query: { ...FULL, pageId: 'netflix:2' },
      result: first,
    });
  });

  it('remembers the latest query asked for a site id', async () => {
    const { service } = makeService();
    await remember(service, FULL);
    const later = { title: 'Game of Thrones', type: 'tv', pageId: 'netflix:1' } as const;
    const answer = await remember(service, later);

    expect(await recall(service, EARLY)).toEqual({ query: later, result: answer });
  });

  it('does not rewrite the remembered query when it is unchanged', async () => {
    const { service } = makeService();
    const put = vi.spyOn(service.cache, 'put');
    await remember(service, FULL);
    expect(put).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledWith('page-id:netflix:1', withoutPageId(FULL), 'lookup');

    await remember(service, FULL);
    await remember(service, withoutPageId(FULL));
    expect(put).toHaveBeenCalledTimes(1);

    await remember(service, { ...FULL, year: 2012 });
    expect(put).toHaveBeenCalledTimes(2);
  });
});

describe('ResponseCache.peek and put', () => {
  it('peeks at nothing for a missing key, and counts no miss', async () => {
    const cache = new ResponseCache();
    expect(await cache.peek('k')).toBeUndefined();
    expect(await cache.stats()).toMatchObject({ entries: 0, hits: 0, misses: 0 });
  });

  it('serves a value put there to peek and to get, without loading', async () => {
    const cache = new ResponseCache();
    await cache.put('k', { title: 'Heat' }, 'lookup');
    expect(await cache.peek('k')).toEqual({ title: 'Heat' });

    const load = vi.fn(async () => 'loaded');
    expect(await cache.get('k', 'lookup', load)).toEqual({ title: 'Heat' });
    expect(load).not.toHaveBeenCalled();
    expect(await cache.stats()).toMatchObject({ entries: 1, hits: 2, misses: 0 });
  });

  it('keeps a value put there across a worker restart', async () => {
    const first = new ResponseCache();
    await first.put('k', 'value', 'lookup');
    await first.flush();
    expect(await new ResponseCache().peek('k')).toBe('value');
  });

  it('peeks at nothing once an entry is stale, and leaves it for get to serve', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const cache = new ResponseCache({ now: () => clock.now });
    await cache.put('k', 'old', 'details');
    clock.now += 3 * DAY + 1;

    expect(await cache.peek('k')).toBeUndefined();
    const load = vi.fn(async () => 'new');
    expect(await cache.get('k', 'details', load)).toBe('old');
    await vi.waitFor(() => expect(load).toHaveBeenCalledWith('background'));
  });

  it('peeks at nothing for a remembered 404', async () => {
    const cache = new ResponseCache();
    const load = async () => {
      throw new ReelcardError('not-found', 'no such title');
    };
    await expect(cache.get('k', 'details', load)).rejects.toMatchObject({ kind: 'not-found' });
    expect(await cache.peek('k')).toBeUndefined();
  });

  it('overwrites an entry on put, with a new age', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const cache = new ResponseCache({ now: () => clock.now });
    await cache.put('k', 'first', 'lookup');
    clock.now += 6 * DAY;
    await cache.put('k', 'second', 'lookup');
    clock.now += 6 * DAY;

    expect(await cache.peek('k')).toBe('second');
    expect((await cache.stats()).entries).toBe(1);
  });
});

describe('site ids in requests', () => {
  const withPageId = (pageId: unknown) => ({ title: 'Heat', pageId });
  const recallOf = (query: unknown) => ({ queries: [query] });

  it('accepts a site id: a lower-case site name, a colon and the id', () => {
    for (const pageId of ['netflix:80100172', 'netflix:a_b-9', `netflix:${'9'.repeat(40)}`]) {
      expect(isTitleQuery(withPageId(pageId)), pageId).toBe(true);
    }
    expect(isTitleQuery({ title: 'Heat' })).toBe(true);
  });

  it('refuses a malformed site id', () => {
    for (const pageId of [
      'Netflix:1',
      'netflix:',
      ':1',
      'n:1',
      'netflix1',
      'netflix:1/2',
      'netflix:1 ',
      'netflix:1\n',
      `netflix:${'9'.repeat(41)}`,
      `netflix:${'9'.repeat(192)}`,
      1,
      null,
    ]) {
      expect(isTitleQuery(withPageId(pageId)), String(pageId)).toBe(false);
    }
  });

  it('checks the site id of lookups and recalls', () => {
    const lookup = (pageId: string) =>
      VALIDATORS.lookup({ query: withPageId(pageId), priority: 'visible' });
    expect(lookup('netflix:1')).toBe(true);
    expect(lookup('Netflix:1')).toBe(false);

    expect(VALIDATORS.recall(recallOf(withPageId('netflix:1')))).toBe(true);
    expect(VALIDATORS.recall(recallOf(withPageId('Netflix:1')))).toBe(false);
    expect(VALIDATORS.recall(recallOf(withPageId('netflix:')))).toBe(false);
    expect(VALIDATORS.recall(recallOf({ title: '' }))).toBe(false);
    expect(VALIDATORS.recall(undefined)).toBe(false);
  });

  it('refuses a recall with a malformed site id before any handler runs', async () => {
    const { service, calls } = makeService();
    const handlers = createHandlers(service, simpleMatcher);
    const recalled = vi.spyOn(handlers, 'recall');
    const listen = createMessageListener(handlers);
    const contentScript = { id: EXTENSION_ID, tab: { id: 3 } } as Runtime.MessageSender;
    const request = recallOf(withPageId(`netflix:${'9'.repeat(192)}`));

    expect(await listen({ reelcard: 'recall', request }, contentScript)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
    expect(recalled).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
  });
});

describe('batched recall requests', () => {
  const heat = { title: 'Heat' };
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ title: `Film ${i}`, pageId: `netflix:${i}` }));
  const contentScript = { id: EXTENSION_ID, tab: { id: 3 } } as Runtime.MessageSender;

  it('accepts from none up to MAX_RECALLS queries, and refuses more', () => {
    expect(MAX_RECALLS).toBe(64);
    expect(VALIDATORS.recall({ queries: [] })).toBe(true);
    expect(VALIDATORS.recall({ queries: many(64) })).toBe(true);
    expect(VALIDATORS.recall({ queries: many(65) })).toBe(false);
  });

  it('refuses queries that are not an array, and the single form', () => {
    for (const queries of [undefined, null, heat, 'Heat', 1, { 0: heat, length: 1 }]) {
      expect(VALIDATORS.recall({ queries }), JSON.stringify(queries)).toBe(false);
    }
    expect(VALIDATORS.recall({ query: heat })).toBe(false);
    expect(VALIDATORS.recall([heat])).toBe(false);
  });

  it('refuses the whole request for one malformed query', () => {
    const good = many(3);
    for (const bad of [
      { title: '' },
      { title: 'Heat', year: 0 },
      { title: 'Heat', pageId: 'Netflix:1' },
      null,
    ]) {
      expect(VALIDATORS.recall({ queries: [...good, bad] }), JSON.stringify(bad)).toBe(false);
      expect(VALIDATORS.recall({ queries: [bad, ...good] }), JSON.stringify(bad)).toBe(false);
    }
  });

  it('answers each query in order, null for those the cache does not know, asking TMDB nothing', async () => {
    const { service, calls } = makeService();
    const answer = await remember(service, FULL);
    expect(calls).toHaveLength(1);
    const listen = createMessageListener(createHandlers(service, simpleMatcher));

    // Unknown ones between known ones: an answer out of place would badge the wrong tile.
    const queries = [heat, EARLY, { title: 'Game of Thrones' }, withoutPageId(FULL), heat];
    const request = { queries };
    expect(await listen({ reelcard: 'recall', request }, contentScript)).toEqual({
      ok: true,
      value: [
        null,
        { query: FULL, result: answer },
        null,
        { query: withoutPageId(FULL), result: answer },
        null,
      ],
    });
    expect(await listen({ reelcard: 'recall', request: { queries: [] } }, contentScript)).toEqual({
      ok: true,
      value: [],
    });
    expect(calls).toHaveLength(1);
  });
});

describe('recallDetails', () => {
  const RIDDICK: TitleRef = { type: 'movie', id: 87421 };
  const card = { priority: 'card' as const, tabId: 3 };
  const contentScript = { id: EXTENSION_ID, tab: { id: 3 } } as Runtime.MessageSender;

  it('answers null for details the cache does not hold, without asking TMDB', async () => {
    const { service, calls } = makeService();
    expect(await recallDetails(service, RIDDICK)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('answers the cached details with no new request', async () => {
    const { service, calls } = makeService();
    const details = await getDetails(service, RIDDICK, card);
    expect(calls).toHaveLength(1);

    expect(await recallDetails(service, RIDDICK)).toEqual(details);
    expect(calls).toHaveLength(1);
  });

  it("answers with the details a badge's lookup by TMDB id fetched", async () => {
    const { service, calls } = makeService();
    const query = { title: 'Riddick', type: 'movie', tmdbId: 87421 } as const;
    await lookupTitle(service, simpleMatcher, query, visible);

    expect(await recallDetails(service, RIDDICK)).toMatchObject({ id: 87421, certification: 'R' });
    expect(calls).toHaveLength(1);
  });

  it('answers null for another title, or the same id as a series', async () => {
    const { service, calls } = makeService();
    await getDetails(service, RIDDICK, card);

    expect(await recallDetails(service, { type: 'tv', id: 87421 })).toBeNull();
    expect(await recallDetails(service, { type: 'movie', id: 550 })).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('answers null for details cached in another language', async () => {
    const { service, calls } = makeService();
    service.settings.watch(new AbortController().signal);
    await getDetails(service, RIDDICK, card);

    await browser.storage.local.set({ settings: { version: 1, language: 'de-DE', region: 'DE' } });
    expect(await recallDetails(service, RIDDICK)).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('answers null for a title cached as not found, without asking again', async () => {
    const { service, calls } = makeService();
    const gone: TitleRef = { type: 'movie', id: 1 };
    await expect(getDetails(service, gone, card)).rejects.toMatchObject({ kind: 'not-found' });

    expect(await recallDetails(service, gone)).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('answers null once the cached details are stale, and leaves refreshing them to the card', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00Z') };
    const { service, calls } = serviceAt(clock);
    await getDetails(service, RIDDICK, card);
    clock.now += 3 * DAY - 1;
    expect(await recallDetails(service, RIDDICK)).not.toBeNull();

    clock.now += 2;
    expect(await recallDetails(service, RIDDICK)).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('passes on a failure of the cache itself', async () => {
    const { service } = makeService();
    vi.spyOn(service.cache, 'peek').mockRejectedValueOnce(new Error('database closed'));

    await expect(recallDetails(service, RIDDICK)).rejects.toThrow('database closed');
  });

  it('answers a content script through the router, with details or null', async () => {
    const { service, calls } = makeService();
    const listen = createMessageListener(createHandlers(service, simpleMatcher));
    const ask = (ref: TitleRef) =>
      listen({ reelcard: 'recallDetails', request: { ref } }, contentScript);

    expect(await ask(RIDDICK)).toEqual({ ok: true, value: null });
    const details = await getDetails(service, RIDDICK, card);
    expect(await ask(RIDDICK)).toEqual({ ok: true, value: details });
    expect(calls).toHaveLength(1);
  });

  it('accepts a movie or series ref with a positive integer id', () => {
    expect(VALIDATORS.recallDetails({ ref: RIDDICK })).toBe(true);
    expect(VALIDATORS.recallDetails({ ref: { type: 'tv', id: 1399 } })).toBe(true);
  });

  it('refuses a malformed ref', () => {
    for (const ref of [
      { type: 'person', id: 1 },
      { type: 'movie', id: 0 },
      { type: 'movie', id: -1 },
      { type: 'movie', id: 1.5 },
      { type: 'movie', id: '550' },
      { type: 'movie' },
      { id: 550 },
      [],
      null,
      undefined,
    ]) {
      expect(VALIDATORS.recallDetails({ ref }), JSON.stringify(ref)).toBe(false);
    }
    expect(VALIDATORS.recallDetails(RIDDICK)).toBe(false);
    expect(VALIDATORS.recallDetails(undefined)).toBe(false);
    expect(VALIDATORS.recallDetails([{ ref: RIDDICK }])).toBe(false);
  });

  it('refuses a malformed ref before any handler runs', async () => {
    const { service, calls } = makeService();
    const handlers = createHandlers(service, simpleMatcher);
    const recalled = vi.spyOn(handlers, 'recallDetails');
    const listen = createMessageListener(handlers);
    const request = { ref: { type: 'movie', id: -550 } };

    expect(await listen({ reelcard: 'recallDetails', request }, contentScript)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
    expect(recalled).not.toHaveBeenCalled();
    expect(calls).toHaveLength(0);
  });
});
