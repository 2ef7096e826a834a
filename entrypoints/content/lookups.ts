/**
 * Asking the background about titles and applying its answers to entries:
 * shared answers for identical queries, stale answers ignored, transient
 * failures retried with backoff and again when the tab or network returns.
 */
import { isTransient } from '../../components/shared/errors';
import { ReelcardError, type Priority, type Recalled } from '../../utils/messages';
import type { ErrorKind, LookupResult, TitleQuery } from '../../utils/types';
import { resetLookup, retarget, type TitleEntry } from './entries';
import type { LookupPool } from './lookup-pool';
import type { Registry } from './registry';
import { mayRetry, retryDelay } from './retry';
import { priorityFor } from './viewport';

export interface Lookups {
  /** Starts (or joins) the lookup of `entry`. */
  ask(entry: TitleEntry, priority: Priority): void;
  /**
   * Asks only what the cache already knows (while the page is still loading,
   * when the query may lack data the page has not delivered yet). A known
   * answer settles the entry, with the full query it answers; else it stays
   * loading, unasked.
   */
  recall(entry: TitleEntry): void;
  /** Asks again for every title that failed transiently (tab visible again, back online). */
  retryFailed(): void;
  /** Forgets the answer for a query and asks again for each of its titles (after a correction). */
  redo(queryKey: string): void;
}

/** What the worker's cache knows about one query (batched on the wire, see recall-batch.ts). */
export type RecallFn = (query: TitleQuery) => Promise<Recalled | null>;

export interface LookupDeps {
  pool: LookupPool;
  recall: RecallFn;
  registry: Registry;
  /** Called after an entry's state changed, to redraw its badge and the card. */
  updated(entry: TitleEntry): void;
  /** Called when the background dropped a request, so the title waits to come near again. */
  requeue(entry: TitleEntry): void;
}

/** The error kind of anything a lookup threw. */
export function kindOf(error: unknown): ErrorKind {
  return error instanceof ReelcardError ? error.kind : 'internal';
}

/** Creates the lookup logic of one run. */
export function createLookups(deps: LookupDeps): Lookups {
  // At most one pending retry per entry; a fresh ask replaces it.
  const timers = new WeakMap<TitleEntry, ReturnType<typeof setTimeout>>();

  const ask = (entry: TitleEntry, priority: Priority) => {
    if (entry.controller.signal.aborted) return;
    clearTimeout(timers.get(entry));
    entry.asked = true;
    const ticket = entry.ticket;
    deps.pool.get(entry.query, priority).then(
      (result) => settle(entry, ticket, result),
      (error: unknown) => fail(entry, ticket, kindOf(error)),
    );
  };

  // An answer counts only if the entry still asks the same question and is still on the page.
  const current = (entry: TitleEntry, ticket: number) =>
    entry.ticket === ticket && !entry.controller.signal.aborted;

  const settle = (entry: TitleEntry, ticket: number, result: LookupResult) => {
    if (!current(entry, ticket)) return;
    entry.state = result.status;
    entry.result = result;
    entry.errorKind = null;
    entry.attempt = 0;
    deps.updated(entry);
  };

  const fail = (entry: TitleEntry, ticket: number, kind: ErrorKind) => {
    if (!current(entry, ticket)) return;
    if (kind === 'cancelled') {
      resetLookup(entry);
      deps.requeue(entry);
      return;
    }
    entry.state = 'error';
    entry.errorKind = kind;
    deps.updated(entry);
    if (isTransient(kind) && mayRetry(entry.attempt)) scheduleRetry(entry, ticket);
  };

  const scheduleRetry = (entry: TitleEntry, ticket: number) => {
    const delay = retryDelay(entry.attempt);
    entry.attempt += 1;
    const timer = setTimeout(() => {
      if (current(entry, ticket) && entry.state === 'error') ask(entry, onScreenPriority(entry));
    }, delay);
    timers.set(entry, timer);
    entry.controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };

  const recall = (entry: TitleEntry) => {
    if (entry.controller.signal.aborted) return;
    const ticket = entry.ticket;
    deps.recall(entry.query).then(
      (answer) => {
        if (!answer || !current(entry, ticket) || entry.asked) return;
        retarget(entry, answer.query);
        entry.asked = true;
        settle(entry, entry.ticket, answer.result);
      },
      // Nothing lost: the page asks as usual once it has loaded.
      () => undefined,
    );
  };

  return {
    ask,
    recall,
    retryFailed() {
      for (const entry of deps.registry.all()) {
        if (entry.state !== 'error' || !isTransient(entry.errorKind)) continue;
        entry.attempt = 0;
        ask(entry, onScreenPriority(entry));
      }
    },
    redo(queryKey) {
      deps.pool.forget(queryKey);
      for (const entry of deps.registry.withQuery(queryKey)) {
        resetLookup(entry);
        deps.updated(entry);
        ask(entry, onScreenPriority(entry));
      }
    },
  };
}

/** 'visible' for titles on screen now, else 'prefetch'. */
function onScreenPriority(entry: TitleEntry): Priority {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  return priorityFor(entry.element.getBoundingClientRect(), viewport);
}
