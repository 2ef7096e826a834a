/**
 * The one cached-fetch primitive of the background: every TMDB answer goes
 * through `get`, which serves fresh entries, serves stale ones while it
 * refreshes them at low priority, remembers 404s briefly, and merges
 * identical calls in flight into one promise.
 */
import type { CacheStats } from '../messages';
import { ReelcardError } from '../messages';
import { log } from '../logger';
import { EntryStore, type Entry } from './entry-store';
import type { CacheKind, CacheLimits } from './policy';
import { DEFAULT_LIMITS, freshness } from './policy';
import type { KeyValueStore } from './store';

/** 'background' loads refresh stale entries: nobody waits, so they may go slowly. */
export type LoadMode = 'now' | 'background';

/** Fetches the value for a key when the cache cannot serve it. */
export type Loader<T> = (mode: LoadMode) => Promise<T>;

/** Per-call hooks of `ResponseCache.get`. */
export interface GetOptions<T> {
  /** Called when this call joins an identical call already in flight. */
  onJoin?: () => void;
  /** The lifetime of a loaded value when it depends on the value (e.g. an unmatched lookup). */
  kindOf?: (value: T) => CacheKind;
}

/** Injected parts, so tests can use their own store, clock and limits. */
export interface ResponseCacheOptions {
  openStore?: () => Promise<KeyValueStore>;
  now?: () => number;
  limits?: Partial<CacheLimits>;
}

/** The cached-fetch primitive; one instance per worker. */
export class ResponseCache {
  private readonly entries: EntryStore;
  private readonly now: () => number;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly refreshing = new Set<string>();

  constructor(options: ResponseCacheOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.entries = new EntryStore(this.now, limits, options.openStore);
  }

  /** The cached value for `key`, or what `load` gives (then cached as `kind`). */
  get<T>(key: string, kind: CacheKind, load: Loader<T>, options: GetOptions<T> = {}): Promise<T> {
    const pending = this.inflight.get(key);
    if (pending) {
      options.onJoin?.();
      return pending as Promise<T>;
    }

    const promise = this.resolve(key, kind, load, options).finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  /**
   * The value for `key` only when it is fresh; never loads, never refreshes.
   * For answers wanted before the page is ready to ask: a stale or missing
   * entry is left to the ordinary `get` that follows.
   */
  async peek<T>(key: string): Promise<T | undefined> {
    const entry = await this.entries.read(key);
    if (!entry || freshness(entry.kind, entry.storedAt, this.now()) !== 'fresh') return undefined;
    if (entry.notFound !== undefined) return undefined;
    await this.entries.recordHit(key);
    return entry.value as T;
  }

  /** Stores a value the worker derived itself (no TMDB request), under the same limits. */
  put(key: string, value: unknown, kind: CacheKind): Promise<void> {
    return this.entries.write(key, { value, kind, storedAt: this.now() });
  }

  stats(): Promise<CacheStats> {
    return this.entries.stats();
  }

  /** Forgets every entry and resets the counters; corrections and settings live elsewhere. */
  clear(): Promise<void> {
    return this.entries.clear();
  }

  /** Saves pending writes and the index now; for tests and before the worker idles. */
  flush(): Promise<void> {
    return this.entries.flush();
  }

  private async resolve<T>(key: string, kind: CacheKind, load: Loader<T>, options: GetOptions<T>) {
    const entry = await this.entries.read(key);
    const state = entry ? freshness(entry.kind, entry.storedAt, this.now()) : 'expired';

    if (!entry || state === 'expired') {
      await this.entries.recordMiss();
      return this.loadAndStore(key, kind, load, 'now', options);
    }

    await this.entries.recordHit(key);
    if (state === 'stale') this.revalidate(key, kind, load, options);
    return unwrap<T>(entry);
  }

  private revalidate<T>(key: string, kind: CacheKind, load: Loader<T>, options: GetOptions<T>) {
    if (this.refreshing.has(key)) return;
    this.refreshing.add(key);

    this.loadAndStore(key, kind, load, 'background', options)
      .catch((error: unknown) => log.info('Background refresh failed', key, error))
      .finally(() => this.refreshing.delete(key));
  }

  private async loadAndStore<T>(
    key: string,
    kind: CacheKind,
    load: Loader<T>,
    mode: LoadMode,
    options: GetOptions<T>,
  ): Promise<T> {
    let value: T;
    try {
      value = await load(mode);
    } catch (error) {
      // Remember briefly that TMDB has no such thing, so pages do not ask again and again.
      if (error instanceof ReelcardError && error.kind === 'not-found') {
        const storedAt = this.now();
        await this.entries.write(key, {
          value: null,
          kind: 'not-found',
          storedAt,
          notFound: error.message,
        });
      }
      throw error;
    }

    await this.entries.write(key, {
      value,
      kind: options.kindOf?.(value) ?? kind,
      storedAt: this.now(),
    });
    return value;
  }
}

function unwrap<T>(entry: Entry): T {
  if (entry.notFound !== undefined) throw new ReelcardError('not-found', entry.notFound);
  return entry.value as T;
}
