/**
 * One pass of detection over a subtree: runs every adapter's targets and
 * returns one detection per element. Pure: it reads the DOM and nothing else,
 * so it is tested on saved pages.
 */
import { reportError } from '../logger';
import { isOwnElement } from '../sites/dom';
import type { Placement, SiteAdapter, Target } from '../sites/types';
import type { TitleQuery } from '../types';

/** The badge element's name; detection never reads inside it. */
export const BADGE_TAG = 'reelcard-badge';

/** One title found on the page, and where its badge goes. */
export interface DetectedTitle {
  element: Element;
  query: TitleQuery;
  placement: Placement;
}

/** Whether an element is ours or inside one of ours (badges, card hosts). */
export function isInsideOwnUi(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isOwnElement(node)) return true;
  }
  return false;
}

/** Elements under `root` (and `root` itself) that match a target's selector. */
function matchesIn(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  const self = root as Element;
  if (typeof self.matches === 'function' && self.matches(selector)) found.unshift(self);
  return found;
}

/** Reads one element with one target; a throwing adapter is reported and skipped. */
export function readTarget(
  adapter: SiteAdapter,
  target: Target,
  element: Element,
  document: Document,
): DetectedTitle | null {
  try {
    const query = target.read(element, document);
    if (!query) return null;
    const placement = target.place?.(element) ?? { anchor: element, position: 'beforeend' };
    return { element, query, placement };
  } catch (error) {
    reportError(`adapter ${adapter.id} (${target.selector})`, error);
    return null;
  }
}

/**
 * All titles under `root`, in adapter and target order. An element matched
 * by several targets counts once (the first that reads a title wins), and
 * nothing inside our own elements is read.
 */
export function scanTitles(
  root: ParentNode,
  document: Document,
  adapters: SiteAdapter[],
): DetectedTitle[] {
  const detections: DetectedTitle[] = [];
  const seen = new Set<Element>();

  for (const adapter of adapters) {
    for (const target of adapter.targets) {
      for (const element of safeMatches(adapter, root, target.selector)) {
        if (seen.has(element) || isInsideOwnUi(element)) continue;
        const detection = readTarget(adapter, target, element, document);
        if (!detection) continue;
        seen.add(element);
        detections.push(detection);
      }
    }
  }
  return detections;
}

/** A selector the browser rejects must not stop the other targets. */
function safeMatches(adapter: SiteAdapter, root: ParentNode, selector: string): Element[] {
  try {
    return matchesIn(root, selector);
  } catch (error) {
    reportError(`adapter ${adapter.id} selector`, error);
    return [];
  }
}

/**
 * Every element under `root` (and `root` itself) that some target may read,
 * in document order, so the titles at the top of the page are read first.
 * One query with all selectors; if the browser rejects one of them, each
 * selector on its own (the valid ones still work, in target order).
 */
export function candidatesIn(root: ParentNode, adapters: SiteAdapter[]): Element[] {
  const targets = adapters.flatMap((adapter) =>
    adapter.targets.map((target) => ({ adapter, target })),
  );
  if (targets.length === 0) return [];
  try {
    return matchesIn(root, targets.map(({ target }) => target.selector).join(', '));
  } catch {
    const found = new Set<Element>();
    for (const { adapter, target } of targets) {
      for (const element of safeMatches(adapter, root, target.selector)) found.add(element);
    }
    return Array.from(found);
  }
}

/** Re-reads one element with the first target that matches it and reads a title. */
export function readElement(
  element: Element,
  document: Document,
  adapters: SiteAdapter[],
): DetectedTitle | null {
  if (isInsideOwnUi(element)) return null;
  for (const adapter of adapters) {
    for (const target of adapter.targets) {
      if (!safeIs(element, target.selector)) continue;
      const detection = readTarget(adapter, target, element, document);
      if (detection) return detection;
    }
  }
  return null;
}

function safeIs(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** A stable text form of a query, to tell "same title again" from "now another title". */
export function queryKey(query: TitleQuery): string {
  return JSON.stringify([
    query.title,
    query.year,
    query.type,
    query.tmdbId,
    query.imdbId,
    query.wikidataId,
  ]);
}
