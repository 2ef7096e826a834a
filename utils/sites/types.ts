/**
 * What a site adapter is: one small descriptor per site. Detection is pure:
 * given elements of a document, it returns what they show, and never touches
 * the network or the extension API, so it is unit-tested on saved pages.
 */
import type { TitleQuery } from '../types';
import type { SiteId } from './ids';

/** Where a badge goes, relative to an anchor element. */
export interface Placement {
  anchor: Element;
  position: InsertPosition;
}

/** One kind of element on a site that shows one title each (a tile, a heading, a list row). */
export interface Target {
  /** CSS selector of the elements; each match is one title. */
  selector: string;
  /** Reads the title from a matched element, or null when it shows no title. */
  read: (element: Element, document: Document) => TitleQuery | null;
  /** Where the badge goes; by default appended inside the element. */
  place?: (element: Element) => Placement;
  /**
   * Attributes whose change means the element now shows another title
   * (virtualized rows reuse elements), so its badge is read again.
   */
  watch?: string[];
}

export interface SiteAdapter {
  id: SiteId | 'generic';
  /** Human name for the options page and logs. */
  name: string;
  /** Whether this adapter serves the page at `url`. */
  matches: (url: URL) => boolean;
  targets: Target[];
}
