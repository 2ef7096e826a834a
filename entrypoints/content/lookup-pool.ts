/**
 * Shares lookups between identical queries on one page: a Map from query key
 * to the pending (then settled) answer. Failures are dropped from the map so
 * a later retry asks the background again.
 */
import type { Priority } from '../../utils/messages';
import type { LookupResult, TitleQuery } from '../../utils/types';
import { queryKey } from './query';

export type LookupFn = (query: TitleQuery, priority: Priority) => Promise<LookupResult>;

export interface LookupPool {
  /** The answer for `query`, asking the background only if no identical query was asked. */
  get(query: TitleQuery, priority: Priority): Promise<LookupResult>;
  /** Drops a remembered answer, e.g. after the user corrected that title. */
  forget(key: string): void;
  /** Drops every answer, e.g. when the language setting changed. */
  clear(): void;
  /** How many distinct queries are pending or answered. */
  readonly size: number;
}

/** A pool over `lookup`, which does the actual asking. */
export function createLookupPool(lookup: LookupFn): LookupPool {
  const answers = new Map<string, Promise<LookupResult>>();

  const get = (query: TitleQuery, priority: Priority) => {
    const key = queryKey(query);
    const known = answers.get(key);
    if (known) return known;

    const answer = lookup(query, priority);
    answers.set(key, answer);
    answer.catch(() => {
      // Only drop our own entry: a forget() and a newer ask may have replaced it.
      if (answers.get(key) === answer) answers.delete(key);
    });
    return answer;
  };

  return {
    get,
    forget: (key) => answers.delete(key),
    clear: () => answers.clear(),
    get size() {
      return answers.size;
    },
  };
}
