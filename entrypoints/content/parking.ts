/**
 * Far targets taken off the IntersectionObserver. Chromium computes every
 * observed target's intersection in every frame the page renders, about 2 µs
 * a target: on a page of 3,000 titles, 6 ms of each frame, the frame that
 * shows a hover card included. A target the observer reports as far is
 * parked instead: unobserved, with where it was on the page.
 *
 * A look every CHECK_MS, in a task of its own, observes again the targets
 * whose place has come within reach, and measures a few parked targets again
 * each time, in turn: the page's reflow (badges drawn, images loaded, content
 * above growing or shrinking) moves places without any scroll. There is no
 * scroll or resize listener: those run inside the page's rendering frames,
 * which take tens of milliseconds on a big page, and work there makes them
 * longer still. A target inside a scrolling element is never parked, since
 * scrolling that element moves it where no look at the page would notice.
 */
import { isDue, type PageBox } from './viewport';

export interface ParkingLot {
  /**
   * Parks an unobserved target; `rect` is its box relative to the viewport,
   * read now (the observer's own report may be a few frames old, and the page
   * may have scrolled since). False when it must stay observed instead.
   */
  park(target: Element, rect: DOMRectReadOnly): boolean;
  /** Forgets a target that is no longer watched. */
  leave(target: Element): void;
}

/**
 * How often the parked targets are looked at. A fast fling (4,000 px a
 * second) moves about half a screen meanwhile, less than the screen of slack
 * between coming back under the observer (two screens away) and counting as
 * near (one). A look costs about 0.1 ms with 3,000 titles parked.
 */
export const CHECK_MS = 100;

/** Parked targets measured again at each look, in turn. */
export const REMEASURED_PER_CHECK = 64;

/** `observe` puts a target back under the observer, which then reports it afresh. */
export function createParkingLot(
  observe: (target: Element) => void,
  signal: AbortSignal,
): ParkingLot {
  const parked = new Map<Element, PageBox>();
  // The parked targets still to measure again in this round.
  let round: Element[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scrolls = new WeakMap<Element, boolean>();

  const unpark = (target: Element) => {
    parked.delete(target);
    observe(target);
  };

  const look = () => {
    timer = undefined;
    if (round.length === 0) round = [...parked.keys()];
    for (const target of round.splice(0, REMEASURED_PER_CHECK)) {
      if (parked.has(target)) parked.set(target, pageBox(target.getBoundingClientRect()));
    }
    const view = { top: window.scrollY, height: window.innerHeight };
    for (const [target, box] of parked) if (isDue(box, view)) unpark(target);
    lookLater();
  };
  const lookLater = () => {
    if (timer === undefined && parked.size > 0 && !signal.aborted) {
      timer = setTimeout(look, CHECK_MS);
    }
  };

  // Ancestors are shared by many targets (a row, the page's grid): each is asked once.
  const insideScroller = (target: Element) => {
    const top = target.ownerDocument.scrollingElement;
    for (let node = target.parentElement; node && node !== top; node = node.parentElement) {
      let known = scrolls.get(node);
      if (known === undefined) {
        known = isScroller(node);
        scrolls.set(node, known);
      }
      if (known) return true;
    }
    return false;
  };

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      parked.clear();
      round = [];
    },
    { once: true },
  );

  return {
    park(target, rect) {
      if (signal.aborted || insideScroller(target)) return false;
      parked.set(target, pageBox(rect));
      lookLater();
      return true;
    },
    leave(target) {
      parked.delete(target);
    },
  };
}

/** An element the user can scroll: content that overflows it, and overflow that scrolls. */
function isScroller(element: Element): boolean {
  const overflows =
    element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth;
  if (!overflows) return false;
  const style = getComputedStyle(element);
  return /auto|scroll|overlay/.test(`${style.overflowX} ${style.overflowY}`);
}

/** A box relative to the viewport, in page coordinates. */
function pageBox(rect: DOMRectReadOnly): PageBox {
  return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
}
