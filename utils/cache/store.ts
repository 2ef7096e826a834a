/**
 * Where cache entries live: the `reelcard-cache` IndexedDB database, which
 * holds nothing but TMDB answers (user data never goes here), so it can be
 * deleted and rebuilt whenever it is broken.
 */
import { clear, createStore, del, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import { log, reportError } from '../logger';

/** The cache's own database, apart from anything holding user data. */
export const CACHE_DB = 'reelcard-cache';
/** The object store inside it (idb-keyval's layout: one store, string keys). */
export const CACHE_STORE = 'entries';

/** The few key-value operations the cache needs; an in-memory version stands in when IDB fails. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
  clear(): Promise<void>;
}

function idbStore(use: UseStore): KeyValueStore {
  return {
    get: (key) => get(key, use),
    set: (key, value) => set(key, value, use),
    del: (key) => del(key, use),
    delMany: (list) => delMany(list, use),
    keys: async () => (await keys(use)).map(String),
    clear: () => clear(use),
  };
}

/** A store in memory only, for when IndexedDB cannot be used at all (some private modes). */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
    delMany: async (list) => list.forEach((key) => map.delete(key)),
    keys: async () => [...map.keys()],
    clear: async () => map.clear(),
  };
}

/** Deletes the database; false when that failed or is blocked by a connection still open. */
function deleteDatabase(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve(true);
    request.onerror = request.onblocked = () => resolve(false);
  });
}

/**
 * Opens the database once by hand, creating the object store if the database
 * is new, and says whether the store is there. The connection is closed again
 * so that a delete is never blocked by it.
 */
function probeDatabase(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(CACHE_DB);
    request.onupgradeneeded = () => request.result.createObjectStore(CACHE_STORE);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const usable = db.objectStoreNames.contains(CACHE_STORE);
      db.close();
      resolve(usable);
    };
  });
}

async function openAndProbe(): Promise<KeyValueStore> {
  if (!(await probeDatabase())) throw new Error(`The ${CACHE_DB} database has no ${CACHE_STORE}`);
  const store = idbStore(createStore(CACHE_DB, CACHE_STORE));
  // One read proves the store is readable through idb-keyval's own connection too.
  await store.get('__probe__');
  return store;
}

/**
 * Opens the cache database. One that fails to open (corrupted, wrong schema)
 * is deleted and created afresh; if even that fails, the cache lives in memory.
 */
export async function openCacheStore(): Promise<KeyValueStore> {
  try {
    return await openAndProbe();
  } catch (error) {
    reportError('Opening the cache database', error);
  }

  try {
    // A blocked delete would hold every later open in line behind it: give up on IDB instead.
    if (!(await deleteDatabase(CACHE_DB))) throw new Error('Could not delete the cache database');
    return await openAndProbe();
  } catch (error) {
    reportError('Recreating the cache database', error);
    log.warn('The cache falls back to memory for this session');
    return memoryStore();
  }
}
