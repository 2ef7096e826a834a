/**
 * The one MutationObserver helper detection uses (adapters never create
 * observers). It gathers mutations into batches, flushed in a task soon
 * after the page changed, and hands each batch over in the terms detection
 * needs: new subtrees, elements whose watched attributes changed, elements
 * whose text or children changed, and whether anything left the page.
 */
import { reportError } from '../logger';
import { isOwnElement } from '../sites/dom';
import { isInsideOwnUi } from './scan';

export interface MutationBatch {
  /** Outermost added elements, or 'all' when the batch is too big to go through piece by piece. */
  added: Element[] | 'all';
  /** Elements whose watched attributes changed (virtualized tiles reused for another title). */
  changed: Set<Element>;
  /** Elements whose text or child list changed. */
  touched: Set<Element>;
  /** Whether any node was removed. */
  removed: boolean;
}

export interface ObserveOptions {
  /** Attribute names whose changes are reported in `changed`. */
  attributes: string[];
  signal: AbortSignal;
  /** Runs the flush later; defaults to a task of its own. Tests pass a manual one. */
  schedule?: (run: () => void) => void;
  /** Added nodes in one batch above which the whole document is rescanned instead. */
  rescanAbove?: number;
}

/** Past this many added nodes, one full rescan is cheaper than walking every subtree. */
export const RESCAN_ABOVE = 1000;

/** Calls `onBatch` with each batch of mutations under `root` until `signal` aborts. */
export function observe(
  root: Node,
  onBatch: (batch: MutationBatch) => void,
  options: ObserveOptions,
): void {
  const { signal, attributes } = options;
  if (signal.aborted) return;

  const schedule = options.schedule ?? defaultSchedule();
  let pending: MutationRecord[] = [];
  let scheduled = false;

  const flush = () => {
    const records = pending;
    pending = [];
    scheduled = false;
    if (signal.aborted || records.length === 0) return;
    try {
      onBatch(toBatch(records, options.rescanAbove ?? RESCAN_ABOVE));
    } catch (error) {
      reportError('detection batch', error);
    }
  };

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributes.length ? { attributes: true, attributeFilter: attributes } : {}),
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/**
 * A task of its own right after the mutations, not an animation frame: work
 * done inside the frame's task delays that frame's painting, and on a big
 * page the rendering after a change is already the longest part of a frame.
 */
function defaultSchedule(): (run: () => void) => void {
  return (run) => setTimeout(run, 0);
}

/** Sorts records into the batch, ignoring everything that happens inside our own elements. */
function toBatch(records: MutationRecord[], rescanAbove: number): MutationBatch {
  const batch: MutationBatch = {
    added: [],
    changed: new Set(),
    touched: new Set(),
    removed: false,
  };
  const added: Element[] = [];
  // While a page is parsed, every node is a record of its own, mostly under the same parent:
  // the last answer is kept, since walking up the ancestors for each record adds up.
  let lastTarget: Element | null = null;
  let lastInside = false;
  const insideOwnUi = (target: Element) => {
    if (target !== lastTarget) {
      lastTarget = target;
      lastInside = isInsideOwnUi(target);
    }
    return lastInside;
  };

  for (const record of records) {
    const target =
      record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    if (!target || insideOwnUi(target) || onlyOwnNodes(record)) continue;

    if (record.type === 'attributes') batch.changed.add(target);
    else batch.touched.add(target);
    if (record.removedNodes.length) batch.removed = true;
    // The target is not ours, so an added node is inside our UI only if it is ours itself.
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 && !isOwnElement(node as Element)) added.push(node as Element);
    }
  }

  batch.added = added.length > rescanAbove ? 'all' : outermost(added);
  return batch;
}

/**
 * Whether a child-list change only added or removed our own elements: every
 * badge we insert lands in the page's DOM, and re-reading its tile for that
 * would double the detection work on a page full of tiles.
 */
function onlyOwnNodes(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const isOwn = (node: Node) => node.nodeType === 1 && isOwnElement(node as Element);
  // No copies of the node lists: this runs for every record, and most fail on the first node.
  let any = false;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (!isOwn(node)) return false;
      any = true;
    }
  }
  return any;
}

/** Drops elements inside other added elements (scanning the outer one covers them) or no longer attached. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return Array.from(set).filter((element) => {
    if (!element.isConnected) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}
