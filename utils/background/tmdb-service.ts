/**
 * Where the TMDB client, the scheduler and the cache meet: every request the
 * background makes goes through `cached` (or `uncached` for key checks), which
 * adds the stored credentials, queues the request under the caller's tab and
 * priority, and caches the answer.
 */
import type { CacheKind } from '../cache/policy';
import type { LoadMode } from '../cache/response-cache';
import { ResponseCache } from '../cache/response-cache';
import { ReelcardError, type Priority } from '../messages';
import { Scheduler } from '../scheduler/scheduler';
import { type TmdbGet } from '../tmdb/api';
import { tmdbGet, tmdbUrl, type FetchLike } from '../tmdb/http';
import { LiveSettings } from './live-settings';
import { requireKey } from './key-store';

/** Who is asking: their priority, and their tab when a content script asks. */
export interface CallContext {
  priority: Priority;
  tabId?: number;
  /** Answer only from fresh cache entries; a miss throws `NotCachedError` instead of asking TMDB. */
  cacheOnly?: boolean;
}

/** What a `cacheOnly` call throws when the cache has no fresh answer. */
export class NotCachedError extends Error {
  constructor(key: string) {
    super(`Not in the cache: ${key}`);
    this.name = 'NotCachedError';
  }
}

/** Parts to inject, mainly for tests; the worker uses the defaults. */
export interface TmdbServiceParts {
  cache?: ResponseCache;
  scheduler?: Scheduler;
  settings?: LiveSettings;
  fetch?: FetchLike;
}

/**
 * How long a key TMDB refused is refused locally without asking again. Without
 * this, a page of 200 titles with a bad key would send TMDB 200 doomed requests;
 * a new key (saved from the options) is not affected.
 */
const REFUSED_KEY_MEMORY_MS = 10 * 60_000;

/** The worker's one TMDB gateway: cache, scheduler and live settings together. */
export class TmdbService {
  readonly cache: ResponseCache;
  readonly scheduler: Scheduler;
  readonly settings: LiveSettings;
  private readonly fetch: FetchLike | undefined;
  private refused: { key: string; error: ReelcardError; until: number } | null = null;

  constructor(parts: TmdbServiceParts = {}) {
    this.cache = parts.cache ?? new ResponseCache();
    this.scheduler = parts.scheduler ?? new Scheduler();
    this.settings = parts.settings ?? new LiveSettings();
    this.fetch = parts.fetch;
  }

  /**
   * The cached answer for `cacheKey`, or the result of `load`, which must make
   * at most one request through the getter it is given. Background refreshes
   * run at prefetch priority and belong to no tab, so navigation does not stop them.
   */
  cached<T>(
    cacheKey: string,
    kind: CacheKind,
    context: CallContext,
    load: (get: TmdbGet) => Promise<T>,
    kindOf?: (value: T) => CacheKind,
  ): Promise<T> {
    if (context.cacheOnly) return this.peek(cacheKey);
    const loader = (mode: LoadMode) => {
      const jobContext: CallContext = mode === 'now' ? context : { priority: 'prefetch' };
      return load(this.getter(cacheKey, jobContext));
    };
    let joined = false;
    const onJoin = () => {
      joined = true;
      this.scheduler.join(cacheKey, context.tabId, context.priority);
    };
    const attempt = () => this.cache.get(cacheKey, kind, loader, { onJoin, kindOf });

    // A call that joined another tab's request may see it cancelled when that tab
    // navigates (or before its job existed to join): it then asks once on its own.
    return attempt().catch((error: unknown) => {
      if (joined && error instanceof ReelcardError && error.kind === 'cancelled') return attempt();
      throw error;
    });
  }

  private async peek<T>(cacheKey: string): Promise<T> {
    const value = await this.cache.peek<T>(cacheKey);
    if (value === undefined) throw new NotCachedError(cacheKey);
    return value;
  }

  /** A getter with the stored key whose requests run as jobs named `jobKey`. */
  getter(jobKey: string, context: CallContext): TmdbGet {
    return async <T>(path: string, params: Record<string, string>) => {
      const key = await requireKey();
      const refused = this.refused;
      if (refused && refused.key === key && Date.now() < refused.until) throw refused.error;
      return this.request<T>(jobKey, key, context, path, params).catch((error: unknown) => {
        if (error instanceof ReelcardError && error.kind === 'invalid-key') {
          this.refused = { key, error, until: Date.now() + REFUSED_KEY_MEMORY_MS };
        }
        throw error;
      });
    };
  }

  /** TMDB has just accepted `key` again (the user re-saved it): stop refusing it locally. */
  keyAccepted(key: string): void {
    if (this.refused?.key === key) this.refused = null;
  }

  /** A getter that uses `key` (not the stored one) and bypasses the cache: for checking a new key. */
  getterWithKey(key: string, context: CallContext): TmdbGet {
    return <T>(path: string, params: Record<string, string>) =>
      this.request<T>(`key-check:${tmdbUrl(path, params)}:${key}`, key, context, path, params);
  }

  private request<T>(
    jobKey: string,
    key: string,
    context: CallContext,
    path: string,
    params: Record<string, string>,
  ): Promise<T> {
    const task = (signal: AbortSignal) =>
      tmdbGet<T>(path, params, { key, signal, fetch: this.fetch });
    return this.scheduler.run({
      key: jobKey,
      priority: context.priority,
      tabId: context.tabId,
      task,
    });
  }
}
