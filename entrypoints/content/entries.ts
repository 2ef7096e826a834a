/**
 * One entry per detected title: its element, the sanitized query, its badge
 * and what the lookup said. The registry finds entries by element (for the
 * detector's changed/lost), by key (for the popup) and by query (for
 * corrections), and keeps each badge's view in step with its entry.
 */
import type { BadgeModel } from '../../components/badge/badge-model';
import { createBadgeView, type BadgeView } from '../../components/badge/mount-badge';
import type { BadgeState } from '../../utils/page-messages';
import type { BadgeStyle, Theme } from '../../utils/settings';
import type { Placement } from '../../utils/sites/types';
import type { ErrorKind, LookupResult, TitleQuery } from '../../utils/types';
import { queryKey, sanitizeQuery } from './query';

export interface TitleEntry {
  /** Stable for the page's lifetime; the popup reveals titles by it. */
  readonly key: string;
  readonly element: Element;
  query: TitleQuery;
  queryKey: string;
  readonly view: BadgeView;
  state: BadgeState;
  result: LookupResult | null;
  errorKind: ErrorKind | null;
  /** Whether a lookup was started; titles never scrolled near stay false and cost nothing. */
  asked: boolean;
  /** Failed tries in a row, for the backoff. */
  attempt: number;
  /** Bumped whenever the query changes, so answers to the old query are ignored. */
  ticket: number;
  /** Ends this entry's listeners and timers when it is lost or the run stops. */
  readonly controller: AbortController;
}

export interface Look {
  style: BadgeStyle;
  theme: Theme;
}

// Module-wide so keys stay unique across runs (in-page navigations) of one page.
let nextKey = 1;

/** What the badge of `entry` shows. */
export function badgeModel(
  entry: Pick<TitleEntry, 'state' | 'query' | 'result' | 'errorKind'>,
  look: Look,
): BadgeModel {
  return {
    state: entry.state,
    title: entry.query.title,
    year: entry.query.year ?? null,
    summary: entry.result?.status === 'matched' ? entry.result.summary : null,
    errorKind: entry.errorKind,
    style: look.style,
    theme: look.theme,
  };
}

/** Creates the entry and its badge; the caller inserts the badge. */
export function createEntry(element: Element, query: TitleQuery, look: Look): TitleEntry {
  const clean = sanitizeQuery(query);
  const lookup = { state: 'loading' as const, query: clean, result: null, errorKind: null };
  return {
    ...lookup,
    key: `rc${nextKey++}`,
    element,
    queryKey: queryKey(clean),
    view: createBadgeView(element.ownerDocument, badgeModel(lookup, look)),
    asked: false,
    attempt: 0,
    ticket: 0,
    controller: new AbortController(),
  };
}

/**
 * Points `entry` at a new query (a virtualized row now shows another title).
 * Returns false when the question did not change, so nothing needs asking.
 */
export function retarget(entry: TitleEntry, query: TitleQuery): boolean {
  const clean = sanitizeQuery(query);
  const key = queryKey(clean);
  const changed = key !== entry.queryKey;
  entry.query = clean;
  if (!changed) return false;

  entry.queryKey = key;
  resetLookup(entry);
  return true;
}

/** Back to "loading, not asked", dropping any answer or error. */
export function resetLookup(entry: TitleEntry): void {
  entry.ticket += 1;
  entry.state = 'loading';
  entry.result = null;
  entry.errorKind = null;
  entry.asked = false;
  entry.attempt = 0;
}

/** Puts the badge where the adapter says; false when the anchor refuses it. */
export function placeBadge(host: HTMLElement, placement: Placement): boolean {
  if (host.parentNode && isAt(host, placement)) return true;
  return placement.anchor.insertAdjacentElement(placement.position, host) !== null;
}

/** Whether `host` already sits at `placement`, so a re-read does not move it (and cause mutations). */
function isAt(host: HTMLElement, { anchor, position }: Placement): boolean {
  switch (position) {
    case 'beforebegin':
      return anchor.previousSibling === host;
    case 'afterbegin':
      return anchor.firstChild === host;
    case 'beforeend':
      return anchor.lastChild === host;
    case 'afterend':
      return anchor.nextSibling === host;
  }
}
