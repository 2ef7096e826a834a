/**
 * Live detection: an initial scan, then the observer's batches turned into
 * found / changed / lost calls. Each element is reported once per title it
 * shows; a reused tile that now shows another title is reported as changed.
 */
import { reportError } from '../logger';
import type { SiteAdapter } from '../sites/types';
import { observe, type MutationBatch } from './observe';
import { queryKey, readElement, scanTitles, type DetectedTitle } from './scan';

export interface TitleHandlers {
  found(title: DetectedTitle): void;
  changed(title: DetectedTitle): void;
  lost(element: Element): void;
}

export interface WatchOptions {
  /** Flush scheduler for the observer (tests); defaults to animation frames. */
  schedule?: (run: () => void) => void;
}

/**
 * Reports every title in `document` now and as the page changes, until
 * `signal` aborts. Cheap to restart: the content script aborts and calls it
 * again on in-page navigation.
 */
export function watchTitles(
  document: Document,
  adapters: SiteAdapter[],
  handlers: TitleHandlers,
  signal: AbortSignal,
  options: WatchOptions = {},
): void {
  if (signal.aborted || adapters.length === 0) return;
  const handled = new Map<Element, string>();

  const report = (detection: DetectedTitle) => {
    const key = queryKey(detection.query);
    const previous = handled.get(detection.element);
    if (previous === key) return; // same element, same title: nothing to do
    handled.set(detection.element, key);
    if (previous === undefined) safely('found', () => handlers.found(detection));
    else safely('changed', () => handlers.changed(detection));
  };

  const lose = (element: Element) => {
    handled.delete(element);
    safely('lost', () => handlers.lost(element));
  };

  scanTitles(document, document, adapters).forEach(report);
  const onBatch = (batch: MutationBatch) =>
    applyBatch(batch, { document, adapters, handled, report, lose });
  observe(document, onBatch, {
    attributes: watchedAttributes(adapters),
    signal,
    schedule: options.schedule,
  });
}

interface WatchState {
  document: Document;
  adapters: SiteAdapter[];
  handled: Map<Element, string>;
  report: (detection: DetectedTitle) => void;
  lose: (element: Element) => void;
}

function applyBatch(batch: MutationBatch, state: WatchState): void {
  const { document, adapters, handled } = state;

  if (batch.removed) {
    for (const element of Array.from(handled.keys())) if (!element.isConnected) state.lose(element);
  }

  // Changed attributes can make an element (or one inside it) show another title.
  for (const element of batch.changed) {
    scanTitles(element, document, adapters).forEach(state.report);
    reread(handledAncestor(element, handled), state);
  }
  // Changed text re-reads the tile it belongs to; our own badge insertions end here unchanged.
  for (const element of batch.touched) reread(handledAncestor(element, handled), state);

  const roots = batch.added === 'all' ? [document] : batch.added;
  for (const root of roots) scanTitles(root, document, adapters).forEach(state.report);
}

function reread(element: Element | null, state: WatchState): void {
  if (!element || !element.isConnected) return;
  const detection = readElement(element, state.document, state.adapters);
  if (detection) state.report(detection);
  else state.lose(element);
}

function handledAncestor(element: Element, handled: Map<Element, string>): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (handled.has(node)) return node;
  }
  return null;
}

/** Every attribute any target watches, for the observer's attribute filter. */
function watchedAttributes(adapters: SiteAdapter[]): string[] {
  const names = adapters.flatMap((adapter) =>
    adapter.targets.flatMap((target) => target.watch ?? []),
  );
  return Array.from(new Set(names));
}

/** One failing handler call must not stop detection of the other titles. */
function safely(name: keyof TitleHandlers, call: () => void): void {
  try {
    call();
  } catch (error) {
    reportError(`title handler ${name}`, error);
  }
}
