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
  /** Forgets everything, e.g. when the language or region setting changed. */
  clear(): void;
}

export type DetailsFn = (ref: TitleRef) => Promise<TitleDetails>;

/** Card details always ask with the highest priority: the user is waiting for them. */
const askBackground: DetailsFn = (ref) => sendMessage('details', { ref, priority: 'card' });

/** A cache over `fetch` (the background by default). */
export function createDetailsCache(fetch: DetailsFn = askBackground): DetailsCache {
  const known = new Map<string, Promise<TitleDetails>>();
  // The settled answers, readable at once, so a card can open already complete.
  const settled = new Map<string, TitleDetails>();

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
    clear() {
      known.clear();
      settled.clear();
    },
  };
}

function keyOf(ref: TitleRef): string {
  return `${ref.type}:${ref.id}`;
}
