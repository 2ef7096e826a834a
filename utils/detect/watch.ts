/**
 * Live detection: an initial scan, a look for new titles every 50 ms while
 * the page is still being parsed, then the observer's batches turned into
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
  /** How often a document still being parsed is looked at for new titles (tests). */
  parsePollMs?: number;
  /**
   * Called once, when a document that was still being parsed has been parsed
   * and read again in full (titles read mid-parse may have missed data that
   * comes later in the page). Never called for a document already parsed.
   */
  parsed?: () => void;
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
  const startObserving = () =>
    observe(document, (batch) => queue.add([() => applyBatch(batch, state)]), {
      attributes: watchedAttributes(adapters),
      signal,
      schedule: options.schedule,
    });

  queueScan(document, state);
  if (document.readyState !== 'loading') return startObserving();
  watchParsing(state, options.parsePollMs ?? PARSE_POLL_MS, signal, () => {
    startObserving();
    // Titles read mid-parse may lack data from further down the page: read every one again.
    for (const element of Array.from(handled.keys())) if (!element.isConnected) lose(element);
    queueScan(document, state);
    queue.add([() => options.parsed?.()]);
  });
}

/** How often new titles are looked for while the page is being parsed. */
export const PARSE_POLL_MS = 50;

/**
 * While the parser builds the page, a mutation observer would get a record
 * for every node (hundreds of thousands on a big page), which costs far more
 * than looking for unread titles a few times a second. Calls `parsed` at the
 * first look after the page is parsed; the caller then observes and reads
 * everything again, which also catches what page scripts changed meanwhile.
 * The end of parsing is seen by a look, not a DOMContentLoaded listener:
 * that event runs inside the parser's last task, a long one on a big page.
 */
function watchParsing(state: WatchState, pollMs: number, signal: AbortSignal, parsed: () => void) {
  // The first scan may have ended the run already (a handler aborted it).
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One look at a time: on a slow page the reading (the first scan, queued before this, too)
  // may take longer than the interval. Candidates that read as no title yet are read again,
  // since only those already read as titles count as read.
  let scanning = true;
  state.queue.add([() => (scanning = false)]);
  const poll = () => {
    if (signal.aborted) return;
    if (state.document.readyState !== 'loading') return parsed();
    if (!scanning) {
      scanning = true;
      queueScan(state.document, state, true);
      state.queue.add([() => (scanning = false)]);
    }
    // The look may have ended the run.
    if (!signal.aborted) timer = setTimeout(poll, pollMs);
  };
  timer = setTimeout(poll, pollMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
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

/**
 * Queues the candidates under `root`, in document order, a group per job;
 * with `newOnly`, only those not read yet.
 */
function queueScan(root: ParentNode, state: WatchState, newOnly = false): void {
  const found = candidatesIn(root, state.adapters);
  const elements = newOnly ? found.filter((element) => !state.handled.has(element)) : found;
  const jobs = [];
  for (let start = 0; start < elements.length; start += READ_GROUP) {
    const group = elements.slice(start, start + READ_GROUP);
    jobs.push(() => readGroup(group, state));
  }
  state.queue.add(jobs);
}

/**
 * Reads candidates, then reports them. One that no target reads is simply
 * not a title, or no longer one: a title read before (mid-parse, say) that
 * now reads as none is lost.
 */
function readGroup(elements: Element[], state: WatchState): void {
  const detections: DetectedTitle[] = [];
  const gone: Element[] = [];
  for (const element of elements) {
    // It may have left the page while it waited in the queue.
    if (!element.isConnected) continue;
    const detection = readElement(element, state.document, state.adapters);
    if (detection) detections.push(detection);
    else if (state.handled.has(element)) gone.push(element);
  }
  detections.forEach(state.report);
  gone.forEach(state.lose);
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
  const outside = new Set<Element>();
  for (const element of batch.touched) reread(handledAncestor(element, handled, outside), state);

  // A big batch (the parser adding a page) rescans the page, but reads only what is new:
  // elements read before are re-read through `changed` and `touched` when they change.
  if (batch.added === 'all') queueScan(state.document, state, true);
  else for (const root of batch.added) queueScan(root, state);
}

function reread(element: Element | null, state: WatchState): void {
  if (!element || !element.isConnected) return;
  const detection = readElement(element, state.document, state.adapters);
  if (detection) state.report(detection);
  else state.lose(element);
}

/**
 * The read element at or above `element`. `outside` collects elements known
 * to have none, so that the many touched elements of one subtree (a page
 * being parsed) do not each walk up to the root.
 */
function handledAncestor(
  element: Element,
  handled: Map<Element, string>,
  outside = new Set<Element>(),
): Element | null {
  const walked: Element[] = [];
  for (let node: Element | null = element; node && !outside.has(node); node = node.parentElement) {
    if (handled.has(node)) return node;
    walked.push(node);
  }
  walked.forEach((node) => outside.add(node));
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
