/**
 * The one IntersectionObserver of a run. It reports targets that came near
 * the viewport, in viewport order, and stops when the run's signal aborts.
 * Targets it reports as far are parked off it until they may be near again
 * (see parking.ts).
 */
import { createParkingLot } from './parking';
import { isFar, orderByViewport, ROOT_MARGIN, type Near } from './viewport';

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
      const near: IntersectionObserverEntry[] = [];
      const viewport = viewportSize();
      for (const entry of entries) {
        if (!itemOf.has(entry.target)) continue;
        if (entry.isIntersecting) near.push(entry);
        else if (isFar(entry.boundingClientRect, viewport)) park(entry.target, viewport);
      }
      const batch = uniqueItems(
        near.map((e) => ({ item: itemOf.get(e.target)!, rect: e.boundingClientRect })),
      );
      if (batch.length > 0) onNear(orderByViewport(batch, viewport));
    },
    { rootMargin: ROOT_MARGIN },
  );
  const lot = createParkingLot((target) => observer.observe(target), signal);
  // Measured again before parking: the report can be frames old if long tasks held it up, and
  // a page scrolled since would otherwise park the target with the wrong place.
  const park = (target: Element, viewport: { width: number; height: number }) => {
    const rect = target.getBoundingClientRect();
    if (isFar(rect, viewport) && lot.park(target, rect)) observer.unobserve(target);
  };
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
        lot.leave(target);
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
