/**
 * The cache's storage layer: a small in-memory layer in front of IndexedDB,
 * the index of ages and sizes, least-recently-used eviction and the purge of
 * anything past TMDB's six-month limit. Failures are logged and absorbed:
 * a broken cache must never break a lookup.
 */
import type { CacheStats } from '../messages';
import { reportError } from '../logger';
import { CacheIndex, INDEX_KEY } from './cache-index';
import type { CacheKind, CacheLimits } from './policy';
import { DEFAULT_LIMITS, EVICTION_HEADROOM, freshness } from './policy';
import { openCacheStore, type KeyValueStore } from './store';

/** One cached answer as stored. */
export interface Entry {
  value: unknown;
  kind: CacheKind;
  storedAt: number;
  /** Set on entries that remember a 404, with its message. */
  notFound?: string;
}

interface Opened {
  store: KeyValueStore;
  index: CacheIndex;
}

/** Reads, writes and bounds the cache's entries; `ResponseCache` decides what to store. */
export class EntryStore {
  private opened: Promise<Opened> | null = null;
  /** Recently used entries, oldest first (a Map keeps insertion order). */
  private readonly memory = new Map<string, Entry>();
  private readonly writes = new Set<Promise<void>>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly now: () => number,
    private readonly limits: CacheLimits = DEFAULT_LIMITS,
    private readonly openStore: () => Promise<KeyValueStore> = openCacheStore,
  ) {}

  /** The entry, if stored and within the hard cap; one past it is deleted, never returned. */
  async read(key: string): Promise<Entry | undefined> {
    const { store, index } = await this.ready();
    let entry = this.memory.get(key);
    if (!entry && index.rows.has(key)) {
      entry = await this.guard('Reading the cache', () => store.get<Entry>(key));
    }
    if (!entry) return undefined;

    if (freshness(entry.kind, entry.storedAt, this.now()) === 'expired') {
      await this.drop([key]);
      return undefined;
    }
    this.remember(key, entry);
    return entry;
  }

  /** Stores an entry; IndexedDB is written in the background, and a failed write only loses it. */
  async write(key: string, entry: Entry): Promise<void> {
    const { store, index } = await this.ready();
    this.remember(key, entry);
    index.put(key, { storedAt: entry.storedAt, lastUsed: entry.storedAt, bytes: sizeOf(entry) });

    const write = store.set(key, entry).catch((error: unknown) => {
      reportError('Writing to the cache', error);
      index.remove(key);
    });
    this.track(write);
    await this.evict();
    this.scheduleFlush();
  }

  /** Counts a hit and marks the entry used; the index is written later, in one go. */
  async recordHit(key: string): Promise<void> {
    const { index } = await this.ready();
    index.hits += 1;
    index.touch(key, this.now());
    this.scheduleFlush();
  }

  async recordMiss(): Promise<void> {
    (await this.ready()).index.misses += 1;
    this.scheduleFlush();
  }

  async stats(): Promise<CacheStats> {
    const { index } = await this.ready();
    return { entries: index.rows.size, bytes: index.bytes, hits: index.hits, misses: index.misses };
  }

  async clear(): Promise<void> {
    const { store, index } = await this.ready();
    await Promise.allSettled(this.writes);
    this.memory.clear();
    index.reset();
    await this.guard('Clearing the cache', () => store.clear());
    await this.flush();
  }

  /** Waits for pending writes and saves the index now rather than after the delay. */
  async flush(): Promise<void> {
    const { store, index } = await this.ready();
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;

    await Promise.allSettled(this.writes);
    await this.guard('Saving the cache index', () => store.set(INDEX_KEY, index.toPersisted()));
  }

  /** Drops least recently used entries once a bound is passed, going a little below it. */
  private async evict(): Promise<void> {
    const { index } = await this.ready();
    const { maxEntries, maxBytes } = this.limits;
    if (index.rows.size <= maxEntries && index.bytes <= maxBytes) return;

    const victims = index.evictionVictims(
      Math.floor(maxEntries * EVICTION_HEADROOM),
      Math.floor(maxBytes * EVICTION_HEADROOM),
    );
    await this.drop(victims);
  }

  private async drop(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const { store, index } = await this.ready();
    for (const key of keys) {
      index.remove(key);
      this.memory.delete(key);
    }
    this.track(store.delMany(keys).catch((error: unknown) => reportError('Evicting', error)));
    this.scheduleFlush();
  }

  private remember(key: string, entry: Entry): void {
    this.memory.delete(key);
    this.memory.set(key, entry);
    if (this.memory.size <= this.limits.memoryEntries) return;
    const oldest = this.memory.keys().next().value;
    if (oldest !== undefined) this.memory.delete(oldest);
  }

  private track(write: Promise<void>): void {
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => void this.flush(), this.limits.flushDelayMs);
  }

  private async guard<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      reportError(what, error);
      return undefined;
    }
  }

  private ready(): Promise<Opened> {
    this.opened ??= this.open();
    return this.opened;
  }

  /** Opens the store and loads the index once; entries past the hard cap go at once. */
  private async open(): Promise<Opened> {
    const store = await this.openStore();
    let index: CacheIndex;
    try {
      index = await CacheIndex.load(store);
    } catch (error) {
      // An unreadable index makes every entry's age unknown: start over.
      reportError('Loading the cache index', error);
      index = new CacheIndex();
      await this.guard('Clearing the cache', () => store.clear());
    }

    const expired = index.expired(this.now());
    for (const key of expired) index.remove(key);
    if (expired.length > 0) await this.guard('Purging', () => store.delMany(expired));
    return { store, index };
  }
}

/** Roughly the bytes an entry takes: its JSON length is close enough for a bound. */
function sizeOf(entry: Entry): number {
  return JSON.stringify(entry).length;
}
