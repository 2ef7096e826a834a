/**
 * Cache timing in Chromium's real IndexedDB, inside the extension's own
 * service worker. The built worker exposes no cache API to evaluate against,
 * so this does what idb-keyval (the cache's storage layer) does for `get` and
 * `set` — one transaction per call on the `reelcard-cache`/`entries` store —
 * with 10,000 entries shaped like the cache's lookup entries stored first.
 */
import type { Worker } from 'playwright-core';

export interface CacheTiming {
  entries: number;
  samples: number;
  getMedianMs: number;
  getP95Ms: number;
  setMedianMs: number;
  setP95Ms: number;
  fillMs: number;
}

interface CachePlan {
  entries: number;
  samples: number;
  db: string;
  store: string;
}

/**
 * Runs inside the worker (serialised by Playwright, so it is self-contained).
 * Keys carry a "bench:" prefix and are deleted at the end.
 */
async function timeCacheInWorker(plan: CachePlan): Promise<CacheTiming> {
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const open = indexedDB.open(plan.db);
  open.onupgradeneeded = () => open.result.createObjectStore(plan.store);
  const db = await request(open);
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
    request(act(db.transaction(plan.store, mode).objectStore(plan.store)));

  // A matched lookup as the cache keeps it: a summary of about 600 bytes.
  const entry = (n: number) => ({
    kind: 'lookup',
    storedAt: Date.now(),
    value: {
      status: 'matched',
      corrected: false,
      summary: {
        type: 'movie',
        id: n,
        title: `Bench title ${n}`,
        originalTitle: null,
        year: 1990 + (n % 30),
        posterPath: `/bench${n}.jpg`,
        voteAverage: 7.1,
        voteCount: 1200 + n,
        popularity: 12.5,
        overview: 'A bench entry whose overview is about as long as a real one. '.repeat(6),
      },
    },
  });

  const fillStart = performance.now();
  for (let start = 0; start < plan.entries; start += 500) {
    const tx = db.transaction(plan.store, 'readwrite');
    const store = tx.objectStore(plan.store);
    for (let n = start; n < Math.min(start + 500, plan.entries); n += 1)
      store.put(entry(n), `bench:${n}`);
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
  }
  const fillMs = performance.now() - fillStart;

  const gets: number[] = [];
  const sets: number[] = [];
  for (let i = 0; i < plan.samples; i += 1) {
    const key = `bench:${(i * 7919) % plan.entries}`;
    let t = performance.now();
    await run('readonly', (store) => store.get(key));
    gets.push(performance.now() - t);
    t = performance.now();
    await run('readwrite', (store) => store.put(entry(i), key));
    sets.push(performance.now() - t);
  }

  await run('readwrite', (store) => store.delete(IDBKeyRange.bound('bench:', 'bench:\uffff')));
  db.close();

  const pick = (list: number[], share: number) =>
    [...list].sort((a, b) => a - b)[Math.max(0, Math.ceil(share * list.length) - 1)] ?? NaN;
  return {
    entries: plan.entries,
    samples: plan.samples,
    getMedianMs: pick(gets, 0.5),
    getP95Ms: pick(gets, 0.95),
    setMedianMs: pick(sets, 0.5),
    setP95Ms: pick(sets, 0.95),
    fillMs,
  };
}

/** Times cache reads and writes in the worker's IndexedDB with `entries` stored. */
export function measureCache(
  worker: Worker,
  entries = 10_000,
  samples = 200,
): Promise<CacheTiming> {
  const plan: CachePlan = { entries, samples, db: 'reelcard-cache', store: 'entries' };
  return worker.evaluate(timeCacheInWorker, plan);
}
