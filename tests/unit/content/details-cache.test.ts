/**
 * The page's details cache: `get` asks once per title and keeps the answer
 * (not a failure), `peek` reads what arrived, and `recall` answers from the
 * page or the worker's cache without a TMDB request, keeping what it got so
 * the card that opens next needs no request either.
 */
vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));
import { describe, expect, it, vi } from 'vitest';
import { createDetailsCache } from '../../../entrypoints/content/details-cache';
import type { TitleDetails, TitleRef } from '../../../utils/types';
import { FIGHT_CLUB } from '../components/fixtures';
import { deferred } from './helpers';

const REF: TitleRef = { type: 'movie', id: 550 };
const OTHER: TitleRef = { type: 'tv', id: 550 };
const FRESHER: TitleDetails = { ...FIGHT_CLUB, voteCount: FIGHT_CLUB.voteCount + 1 };

function setup() {
  const fetch = vi.fn(async (_ref: TitleRef): Promise<TitleDetails> => FIGHT_CLUB);
  const recallCached = vi.fn(async (_ref: TitleRef): Promise<TitleDetails | null> => null);
  const cache = createDetailsCache(fetch, recallCached);
  return { cache, fetch, recallCached };
}

describe('get and peek', () => {
  it('asks once per title and serves the answer to peek', async () => {
    const { cache, fetch } = setup();
    expect(cache.peek(REF)).toBeNull();

    expect(await cache.get(REF)).toBe(FIGHT_CLUB);
    expect(await cache.get({ ...REF })).toBe(FIGHT_CLUB);

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(cache.peek(REF)).toBe(FIGHT_CLUB);
    // A series and a movie may share an id.
    expect(cache.peek(OTHER)).toBeNull();
  });

  it('keeps no failure, so trying again asks again', async () => {
    const { cache, fetch } = setup();
    fetch.mockRejectedValueOnce(new Error('offline'));

    await expect(cache.get(REF)).rejects.toThrow('offline');
    expect(cache.peek(REF)).toBeNull();
    expect(await cache.get(REF)).toBe(FIGHT_CLUB);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('recall', () => {
  it("answers with the worker's cached details and keeps them for get and peek", async () => {
    const { cache, fetch, recallCached } = setup();
    recallCached.mockResolvedValueOnce(FIGHT_CLUB);

    expect(await cache.recall(REF)).toBe(FIGHT_CLUB);

    expect(recallCached).toHaveBeenCalledWith(REF);
    expect(cache.peek(REF)).toBe(FIGHT_CLUB);
    expect(await cache.get(REF)).toBe(FIGHT_CLUB);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers null when the worker has nothing cached, and keeps nothing', async () => {
    const { cache, fetch, recallCached } = setup();

    expect(await cache.recall(REF)).toBeNull();

    expect(recallCached).toHaveBeenCalledTimes(1);
    expect(cache.peek(REF)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    // Opening the card then asks as usual.
    expect(await cache.get(REF)).toBe(FIGHT_CLUB);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('answers from the page without a message when the details arrived already', async () => {
    const { cache, recallCached } = setup();
    await cache.get(REF);

    expect(await cache.recall(REF)).toBe(FIGHT_CLUB);
    expect(recallCached).not.toHaveBeenCalled();
  });

  it("keeps get's answer over a recall that answered while get was asking", async () => {
    const { cache, fetch, recallCached } = setup();
    const asked = deferred<TitleDetails>();
    const recalled = deferred<TitleDetails | null>();
    fetch.mockReturnValueOnce(asked.promise);
    recallCached.mockReturnValueOnce(recalled.promise);

    const recall = cache.recall(REF);
    const get = cache.get(REF);
    recalled.resolve(FIGHT_CLUB);
    expect(await recall).toBe(FIGHT_CLUB);
    asked.resolve(FRESHER);

    expect(await get).toBe(FRESHER);
    expect(cache.peek(REF)).toBe(FRESHER);
    expect(await cache.get(REF)).toBe(FRESHER);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('lets a rejected recall through and keeps nothing', async () => {
    const { cache, recallCached } = setup();
    recallCached.mockRejectedValueOnce(new Error('worker gone'));

    await expect(cache.recall(REF)).rejects.toThrow('worker gone');
    expect(cache.peek(REF)).toBeNull();
  });

  it('forgets recalled details on clear', async () => {
    const { cache, fetch, recallCached } = setup();
    recallCached.mockResolvedValueOnce(FIGHT_CLUB);
    await cache.recall(REF);

    cache.clear();

    expect(cache.peek(REF)).toBeNull();
    await cache.get(REF);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps no answer asked before a clear (a language change, say)', async () => {
    const { cache, fetch, recallCached } = setup();
    const late = deferred<TitleDetails | null>();
    recallCached.mockReturnValueOnce(late.promise);
    const recalled = cache.recall(REF);

    cache.clear();
    late.resolve(FIGHT_CLUB);

    expect(await recalled).toBeNull();
    expect(cache.peek(REF)).toBeNull();
    await cache.get(REF);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
