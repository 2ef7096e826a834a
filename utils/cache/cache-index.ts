/**
 * What the cache knows about its entries without reading them: when each was
 * stored, last used and how big it is. Kept in memory and written to the store
 * as one record now and then, so a cache hit costs no IndexedDB write.
 */
import { HARD_CAP_MS } from './policy';
import type { KeyValueStore } from './store';

/** The record holding the index, stored beside the entries it describes. */
export const INDEX_KEY = '__index__';

/** One entry's bookkeeping; `lastUsed` drives eviction, `storedAt` the hard cap. */
export interface IndexRow {
  storedAt: number;
  lastUsed: number;
  bytes: number;
}

/** Rows as tuples [storedAt, lastUsed, bytes], to keep the record small. */
interface PersistedIndex {
  version: 1;
  rows: Record<string, [number, number, number]>;
  hits: number;
  misses: number;
}

/** Entry ages and sizes, plus the hit and miss counters, in memory. */
export class CacheIndex {
  readonly rows = new Map<string, IndexRow>();
  bytes = 0;
  hits = 0;
  misses = 0;

  put(key: string, row: IndexRow): void {
    this.remove(key);
    this.rows.set(key, row);
    this.bytes += row.bytes;
  }

  remove(key: string): void {
    const row = this.rows.get(key);
    if (!row) return;
    this.rows.delete(key);
    this.bytes -= row.bytes;
  }

  touch(key: string, now: number): void {
    const row = this.rows.get(key);
    if (row) row.lastUsed = now;
  }

  reset(): void {
    this.rows.clear();
    this.bytes = this.hits = this.misses = 0;
  }

  /** Keys stored longer ago than the hard cap allows. */
  expired(now: number): string[] {
    return [...this.rows].filter(([, row]) => now - row.storedAt >= HARD_CAP_MS).map(([k]) => k);
  }

  /** The least recently used keys to drop so that entries and bytes fall to the targets. */
  evictionVictims(maxEntries: number, maxBytes: number): string[] {
    if (this.rows.size <= maxEntries && this.bytes <= maxBytes) return [];
    const byAge = [...this.rows].sort(([, a], [, b]) => a.lastUsed - b.lastUsed);

    const victims: string[] = [];
    let entries = this.rows.size;
    let bytes = this.bytes;
    for (const [key, row] of byAge) {
      if (entries <= maxEntries && bytes <= maxBytes) break;
      victims.push(key);
      entries -= 1;
      bytes -= row.bytes;
    }
    return victims;
  }

  toPersisted(): PersistedIndex {
    const rows: PersistedIndex['rows'] = {};
    for (const [key, row] of this.rows) rows[key] = [row.storedAt, row.lastUsed, row.bytes];
    return { version: 1, rows, hits: this.hits, misses: this.misses };
  }

  /**
   * Reads the index and squares it with the keys really stored: entries the
   * index lost (the worker stopped before a flush) are deleted, since their
   * age is unknown; rows whose entry is gone are dropped.
   */
  static async load(store: KeyValueStore): Promise<CacheIndex> {
    const index = new CacheIndex();
    const saved = await store.get<PersistedIndex>(INDEX_KEY);
    const stored = new Set((await store.keys()).filter((key) => key !== INDEX_KEY));

    for (const [key, [storedAt, lastUsed, bytes]] of Object.entries(saved?.rows ?? {})) {
      if (stored.delete(key)) index.put(key, { storedAt, lastUsed, bytes });
    }
    index.hits = saved?.hits ?? 0;
    index.misses = saved?.misses ?? 0;

    if (stored.size > 0) await store.delMany([...stored]);
    return index;
  }
}
