/**
 * Far targets taken off the IntersectionObserver. Chromium computes every
 * observed target's intersection in every frame the page renders, about 2 µs
 * a target: on a page of 3,000 titles, 6 ms of each frame, the frame that
 * shows a hover card included. A target the observer reports as far is
 * parked instead: unobserved, with where it was on the page. It is observed
 * again when scrolling brings that place within reach, when a scroller it
 * sits in scrolls, and, since a change of the page's size can move
 * everything, after any such change (all of them, to be measured again).
 */
import { isDue, type PageBox } from './viewport';

export interface ParkingLot {
  /**
   * Parks an unobserved target; `rect` is its box relative to the viewport,
   * read now (the observer's own report may be a few frames old, and the page
   * may have scrolled since).
   */
  park(target: Element, rect: DOMRectReadOnly): void;
  /** Forgets a target that is no longer watched. */
  leave(target: Element): void;
}

/** How long after a change of the page's size every parked target is measured again. */
export const REMEASURE_MS = 1000;

/**
 * Parked targets measured again in each frame of scrolling, in turn: places
 * go stale as the page reflows (badges drawn, images loaded) without its size
 * changing, and a stale place must not hide a title the user scrolls to.
 */
export const REMEASURED_PER_FRAME = 64;

/** `observe` puts a target back under the observer, which then reports it afresh. */
export function createParkingLot(
  observe: (target: Element) => void,
  signal: AbortSignal,
): ParkingLot {
  const parked = new Map<Element, PageBox>();
  const scrolled = new Set<Element>();
  let frame = 0;
  let remeasure: ReturnType<typeof setTimeout> | undefined;
  // The parked targets still to measure again in this round.
  let round: Element[] = [];

  const unpark = (target: Element) => {
    parked.delete(target);
    observe(target);
  };

  const check = () => {
    frame = 0;
    for (const scroller of scrolled) {
      for (const target of parked.keys()) if (scroller.contains(target)) unpark(target);
    }
    scrolled.clear();
    if (round.length === 0) round = [...parked.keys()];
    for (const target of round.splice(0, REMEASURED_PER_FRAME)) {
      if (parked.has(target)) parked.set(target, pageBox(target.getBoundingClientRect()));
    }
    const view = { top: window.scrollY, height: window.innerHeight };
    for (const [target, box] of parked) if (isDue(box, view)) unpark(target);
  };
  const checkSoon = () => {
    if (frame === 0 && parked.size > 0) frame = requestAnimationFrame(check);
  };

  // A scroll of the page moves the view; a scroll inside an element moves what is in it.
  const scroll = (event: Event) => {
    if (parked.size === 0) return;
    if (event.target instanceof Element) scrolled.add(event.target);
    checkSoon();
  };
  window.addEventListener('scroll', scroll, { capture: true, passive: true, signal });
  window.addEventListener('resize', checkSoon, { passive: true, signal });

  // Made at the first park, when the body exists: a page whose root keeps the window's height
  // grows in its body.
  let resized: ResizeObserver | null = null;
  const watchSize = () => {
    resized = new ResizeObserver(() => {
      if (remeasure !== undefined || parked.size === 0) return;
      remeasure = setTimeout(() => {
        remeasure = undefined;
        for (const target of [...parked.keys()]) unpark(target);
      }, REMEASURE_MS);
    });
    resized.observe(document.documentElement);
    if (document.body) resized.observe(document.body);
  };

  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      clearTimeout(remeasure);
      resized?.disconnect();
      parked.clear();
      scrolled.clear();
      round = [];
    },
    { once: true },
  );

  return {
    park(target, rect) {
      if (signal.aborted) return;
      if (!resized) watchSize();
      parked.set(target, pageBox(rect));
    },
    leave(target) {
      parked.delete(target);
    },
  };
}

/** A box relative to the viewport, in page coordinates. */
function pageBox(rect: DOMRectReadOnly): PageBox {
  return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
}
