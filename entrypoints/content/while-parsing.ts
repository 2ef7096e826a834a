/**
 * What a run does with titles while its page is still being parsed. A title
 * read then may lack data that comes further down the page (on Netflix, the
 * type and year), so it must not cost a TMDB request: it is only recalled,
 * answered from the worker's cache. Once the page is parsed and read again in
 * full, the titles that came near and that the cache did not know are asked
 * about as usual.
 */
import { MAX_RECALLS } from '../../utils/messages';
import type { TitleEntry } from './entries';
import type { Lookups } from './lookups';

/**
 * How many of the first titles read are recalled at once, before they are
 * known to be near: a few screens' worth, in one `recall` message.
 */
export const EARLY_RECALLS = MAX_RECALLS;

export interface WhileParsing {
  /** True until `parsed()`. */
  readonly active: boolean;
  /** A new title was read. */
  found(entry: TitleEntry): void;
  /** A title came near the viewport. */
  cameNear(entry: TitleEntry): void;
  /** The page is parsed and read in full: asks about what came near and is still unknown. */
  parsed(): void;
}

export function createWhileParsing(lookups: () => Lookups, loading: boolean): WhileParsing {
  let active = loading;
  const recalled = new WeakSet<TitleEntry>();
  const near = new Set<TitleEntry>();
  let early = EARLY_RECALLS;

  const recall = (entry: TitleEntry) => {
    if (entry.asked || recalled.has(entry)) return;
    recalled.add(entry);
    lookups().recall(entry);
  };

  return {
    get active() {
      return active;
    },
    // The first titles of a page are the likeliest to be on screen. They are recalled as
    // soon as they are read: the viewport observer's first report waits for a layout and
    // for the parser's next pause, which on a big page comes 100 ms or more later.
    found(entry) {
      if (!active || early <= 0) return;
      early -= 1;
      recall(entry);
    },
    cameNear(entry) {
      if (!active) return;
      near.add(entry);
      recall(entry);
    },
    parsed() {
      active = false;
      for (const entry of near) {
        if (!entry.asked && !entry.controller.signal.aborted) lookups().ask(entry, 'visible');
      }
      near.clear();
    },
  };
}
