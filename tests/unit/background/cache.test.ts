vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResponseCache, type LoadMode } from '../../../utils/cache/response-cache';
import { memoryStore, type KeyValueStore } from '../../../utils/cache/store';
import { ReelcardError } from '../../../utils/messages';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => {
  // A fresh IndexedDB per test; only setTimeout and Date are faked so IDB callbacks still run.
  globalThis.indexedDB = new IDBFactory();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

/** A loader that counts its calls and answers `value-N` for call N. */
function counter() {
  const modes: LoadMode[] = [];
  const load = vi.fn(async (mode: LoadMode) => {
    modes.push(mode);
    return `value-${modes.length}`;
  });
  return { load, modes };
}

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('ResponseCache lifetimes', () => {
  it('serves a fresh entry without loading again', async () => {
    const cache = new ResponseCache();
    const { load } = counter();

    expect(await cache.get('k', 'lookup', load)).toBe('value-1');
    later(6 * DAY);
    expect(await cache.get('k', 'lookup', load)).toBe('value-1');
    expect(load).toHaveBeenCalledTimes(1);
    expect(await cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
  });

  it('serves a stale entry and refreshes it in the background', async () => {
    const cache = new ResponseCache();
    const { load, modes } = counter();
    await cache.get('k', 'details', load);

    later(4 * DAY);
    expect(await cache.get('k', 'details', load)).toBe('value-1');
    await vi.waitFor(() => expect(modes).toEqual(['now', 'background']));
    await cache.flush();
    expect(await cache.get('k', 'details', load)).toBe('value-2');
  });

  it('never serves or keeps anything past 180 days', async () => {
    const cache = new ResponseCache();
    const { load, modes } = counter();
    await cache.get('k', 'lookup', load);
    await cache.flush();

    later(181 * DAY);
    expect(await cache.get('k', 'lookup', load)).toBe('value-2');
    expect(modes).toEqual(['now', 'now']);
  });

  it('purges entries past the hard cap when the worker starts again', async () => {
    const first = new ResponseCache();
    await first.get('k', 'lookup', counter().load);
    await first.flush();

    later(181 * DAY);
    expect(await new ResponseCache().stats()).toMatchObject({ entries: 0 });
  });

  it('remembers a 404 for a day, then asks again', async () => {
    const cache = new ResponseCache();
    const load = vi.fn(async () => {
      throw new ReelcardError('not-found', 'no such title');
    });

    await expect(cache.get('k', 'details', load)).rejects.toMatchObject({ kind: 'not-found' });
    later(23 * 60 * 60 * 1000);
    await expect(cache.get('k', 'details', load)).rejects.toMatchObject({ kind: 'not-found' });
    expect(load).toHaveBeenCalledTimes(1);

    later(2 * 60 * 60 * 1000);
    await expect(cache.get('k', 'details', load)).rejects.toMatchObject({ kind: 'not-found' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives a value the lifetime `kindOf` picks', async () => {
    const cache = new ResponseCache();
    const { load } = counter();
    await cache.get('k', 'lookup', load, { kindOf: () => 'not-found' });

    later(DAY + 1);
    await cache.get('k', 'lookup', load, { kindOf: () => 'not-found' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps entries across worker restarts', async () => {
    const first = new ResponseCache();
    await first.get('k', 'search', counter().load);
    await first.flush();

    const { load } = counter();
    expect(await new ResponseCache().get('k', 'search', load)).toBe('value-1');
    expect(load).not.toHaveBeenCalled();
  });
});

describe('ResponseCache bounds, stats and failures', () => {
  it('evicts the least recently used entries past the entry bound', async () => {
    const cache = new ResponseCache({ limits: { maxEntries: 10, memoryEntries: 2 } });
    for (let i = 0; i < 10; i += 1) {
      await cache.get(`k${i}`, 'lookup', async () => i);
      later(1000);
    }
    await cache.get('k0', 'lookup', async () => -1); // k0 is now the most recently used

    await cache.get('k10', 'lookup', async () => 10);
    expect((await cache.stats()).entries).toBe(9);

    const reload = vi.fn(async () => 99);
    expect(await cache.get('k0', 'lookup', reload)).toBe(0);
    expect(await cache.get('k1', 'lookup', reload)).toBe(99);
    expect(await cache.get('k10', 'lookup', reload)).toBe(10);
  });

  it('evicts past the byte bound', async () => {
    const cache = new ResponseCache({ limits: { maxBytes: 2000 } });
    for (let i = 0; i < 10; i += 1) await cache.get(`k${i}`, 'lookup', async () => 'x'.repeat(300));
    const { bytes, entries } = await cache.stats();
    expect(bytes).toBeLessThanOrEqual(2000);
    expect(entries).toBeLessThan(10);
  });

  it('counts hits and misses and clears everything', async () => {
    const cache = new ResponseCache();
    await cache.get('a', 'lookup', async () => 'A');
    await cache.get('a', 'lookup', async () => 'A');
    await cache.get('b', 'lookup', async () => 'B');
    const stats = await cache.stats();
    expect(stats).toMatchObject({ entries: 2, hits: 1, misses: 2 });
    expect(stats.bytes).toBeGreaterThan(0);

    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0, hits: 0, misses: 0 });
    const load = vi.fn(async () => 'A2');
    expect(await cache.get('a', 'lookup', load)).toBe('A2');
  });

  it('merges identical calls in flight into one load', async () => {
    const cache = new ResponseCache();
    const { load } = counter();
    const onJoin = vi.fn();

    const [a, b] = await Promise.all([
      cache.get('k', 'lookup', load),
      cache.get('k', 'lookup', load, { onJoin }),
    ]);
    expect([a, b]).toEqual(['value-1', 'value-1']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(onJoin).toHaveBeenCalledTimes(1);
  });

  it('keeps answering when writes fail', async () => {
    const broken: KeyValueStore = {
      ...memoryStore(),
      set: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const cache = new ResponseCache({ openStore: async () => broken });
    expect(await cache.get('k', 'lookup', async () => 'v')).toBe('v');
    await cache.flush();
    expect(await cache.get('k2', 'lookup', async () => 'w')).toBe('w');
  });

  it('deletes and recreates a database that does not have the expected store', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('reelcard-cache', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('something-else');
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });

    const cache = new ResponseCache();
    await cache.get('k', 'lookup', async () => 'v');
    await cache.flush();
    const { load } = counter();
    expect(await new ResponseCache().get('k', 'lookup', load)).toBe('v');
    expect(load).not.toHaveBeenCalled();
  });
});
