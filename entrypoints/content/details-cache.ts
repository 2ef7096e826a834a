/**
 * Details asked once per title per page: reopening a card, or opening the
 * card of another badge of the same title, reuses the answer. Failures are
 * not kept, so "Try again" asks again.
 */
import { sendMessage } from '../../utils/messages';
import type { TitleDetails, TitleRef } from '../../utils/types';

export interface DetailsCache {
  get(ref: TitleRef): Promise<TitleDetails>;
  /** The details already answered for `ref`, without asking; null when none arrived yet. */
  peek(ref: TitleRef): TitleDetails | null;
  /**
   * The details the page or the worker's cache already has, without a TMDB
   * request (for drawing a card before it opens); null when neither has them.
   * An answer is kept, as `get` keeps its own.
   */
  recall(ref: TitleRef): Promise<TitleDetails | null>;
  /** Forgets everything, e.g. when the language or region setting changed. */
  clear(): void;
}

export type DetailsFn = (ref: TitleRef) => Promise<TitleDetails>;
export type RecallDetailsFn = (ref: TitleRef) => Promise<TitleDetails | null>;

/** Card details always ask with the highest priority: the user is waiting for them. */
const askBackground: DetailsFn = (ref) => sendMessage('details', { ref, priority: 'card' });
const recallBackground: RecallDetailsFn = (ref) => sendMessage('recallDetails', { ref });

/** A cache over `fetch` and `recallCached` (the background by default). */
export function createDetailsCache(
  fetch: DetailsFn = askBackground,
  recallCached: RecallDetailsFn = recallBackground,
): DetailsCache {
  const known = new Map<string, Promise<TitleDetails>>();
  // The settled answers, readable at once, so a card can open already complete.
  const settled = new Map<string, TitleDetails>();
  // Counts clear()s: an answer asked before one (in the old language, say) is not kept.
  let generation = 0;

  return {
    get(ref) {
      const key = keyOf(ref);
      const cached = known.get(key);
      if (cached) return cached;

      const answer = fetch(ref);
      known.set(key, answer);
      answer.then(
        (details) => known.get(key) === answer && settled.set(key, details),
        () => known.get(key) === answer && known.delete(key),
      );
      return answer;
    },
    peek: (ref) => settled.get(keyOf(ref)) ?? null,
    async recall(ref) {
      const key = keyOf(ref);
      const here = settled.get(key);
      if (here) return here;
      const asked = generation;
      const details = await recallCached(ref);
      if (asked !== generation) return null;
      // A `get` may have started meanwhile; its answer is the one kept.
      if (details && !known.has(key)) {
        known.set(key, Promise.resolve(details));
        settled.set(key, details);
      }
      return details;
    },
    clear() {
      generation += 1;
      known.clear();
      settled.clear();
    },
  };
}

function keyOf(ref: TitleRef): string {
  return `${ref.type}:${ref.id}`;
}
