/**
 * The one IntersectionObserver of a run. It reports targets that came near
 * the viewport, in viewport order, and stops when the run's signal aborts.
 */
import { orderByViewport, ROOT_MARGIN, type Near } from './viewport';

export interface ViewportWatcher<T> {
  /** Starts watching `target` on behalf of `item`; one item may have several targets. */
  watch(target: Element, item: T): void;
  /** Stops watching every target of `item` (it asked already, or it is gone). */
  unwatch(item: T): void;
}

/** Creates the watcher; `onNear` gets each batch of items that came near, best first. */
export function createViewportWatcher<T>(
  onNear: (batch: Near<T>[]) => void,
  signal: AbortSignal,
): ViewportWatcher<T> {
  const itemOf = new Map<Element, T>();
  // The reverse index keeps unwatch() cheap on pages with thousands of titles.
  const targetsOf = new Map<T, Element[]>();
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((entry) => entry.isIntersecting && itemOf.has(entry.target));
      const batch = uniqueItems(
        near.map((e) => ({ item: itemOf.get(e.target)!, rect: e.boundingClientRect })),
      );
      if (batch.length > 0) onNear(orderByViewport(batch, viewportSize()));
    },
    { rootMargin: ROOT_MARGIN },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    watch(target, item) {
      if (signal.aborted || itemOf.get(target) === item) return;
      itemOf.set(target, item);
      targetsOf.set(item, [...(targetsOf.get(item) ?? []), target]);
      observer.observe(target);
    },
    unwatch(item) {
      for (const target of targetsOf.get(item) ?? []) {
        observer.unobserve(target);
        itemOf.delete(target);
      }
      targetsOf.delete(item);
    },
  };
}

/** The first rectangle per item: a title and its badge may both report in one batch. */
function uniqueItems<T>(batch: { item: T; rect: DOMRectReadOnly }[]) {
  const seen = new Set<T>();
  return batch.filter(({ item }) => {
    if (seen.has(item)) return false;
    seen.add(item);
    return true;
  });
}

function viewportSize() {
  return { width: window.innerWidth, height: window.innerHeight };
}
