/**
 * Live detection: an initial scan, then the observer's batches turned into
 * found / changed / lost calls. Each element is reported once per title it
 * shows; a reused tile that now shows another title is reported as changed.
 *
 * Reading is time-sliced (./work-queue.ts): a page with thousands of tiles is
 * read a few milliseconds at a time, top of the page first, and the page
 * keeps its main thread in between. Batches go through the same queue, so
 * found, changed and lost keep the order in which the page changed.
 */
import { reportError } from '../logger';
import type { SiteAdapter } from '../sites/types';
import { observe, type MutationBatch } from './observe';
import { candidatesIn, queryKey, readElement, type DetectedTitle } from './scan';
import { createWorkQueue, type SliceOptions, type WorkQueue } from './work-queue';

export interface TitleHandlers {
  found(title: DetectedTitle): void;
  changed(title: DetectedTitle): void;
  lost(element: Element): void;
}

export interface WatchOptions {
  /** Flush scheduler for the observer (tests); defaults to a task soon after the change. */
  schedule?: (run: () => void) => void;
  /** Slice length, clock and yielding of the reading work (tests). */
  slices?: SliceOptions;
}

/**
 * Reports every title in `document` now and as the page changes, until
 * `signal` aborts. Cheap to restart: the content script aborts and calls it
 * again on in-page navigation. The first slice of reading runs before this
 * returns; the rest follows in later tasks.
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
    if (!handled.delete(element)) return;
    safely('lost', () => handlers.lost(element));
  };

  const queue = createWorkQueue(signal, options.slices);
  const state: WatchState = { document, adapters, handled, report, lose, queue };
  queueScan(document, state);
  observe(document, (batch) => queue.add([() => applyBatch(batch, state)]), {
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
  queue: WorkQueue;
}

/**
 * Candidates per job. Each job reads its group, then reports it: reads and
 * the badge insertions they cause are not interleaved, since a read after a
 * DOM write can cost far more (live collections and layout are recomputed).
 */
export const READ_GROUP = 32;

/** Queues the candidates under `root`, in document order, a group per job. */
function queueScan(root: ParentNode, state: WatchState): void {
  const elements = candidatesIn(root, state.adapters);
  const jobs = [];
  for (let start = 0; start < elements.length; start += READ_GROUP) {
    const group = elements.slice(start, start + READ_GROUP);
    jobs.push(() => readGroup(group, state));
  }
  state.queue.add(jobs);
}

/** Reads candidates, then reports them; one that no target reads is simply not a title. */
function readGroup(elements: Element[], state: WatchState): void {
  const detections: DetectedTitle[] = [];
  for (const element of elements) {
    // It may have left the page while it waited in the queue.
    if (!element.isConnected) continue;
    const detection = readElement(element, state.document, state.adapters);
    if (detection) detections.push(detection);
  }
  detections.forEach(state.report);
}

function applyBatch(batch: MutationBatch, state: WatchState): void {
  const { adapters, handled } = state;

  if (batch.removed) {
    for (const element of Array.from(handled.keys())) if (!element.isConnected) state.lose(element);
  }

  // Changed attributes can make an element (or one inside it) show another title.
  for (const element of batch.changed) {
    readGroup(candidatesIn(element, adapters), state);
    reread(handledAncestor(element, handled), state);
  }
  // Changed text re-reads the tile it belongs to.
  for (const element of batch.touched) reread(handledAncestor(element, handled), state);

  const roots = batch.added === 'all' ? [document] : batch.added;
  for (const root of roots) queueScan(root, state);
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
