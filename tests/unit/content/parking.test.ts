// @vitest-environment happy-dom
/**
 * Far targets parked off the IntersectionObserver: a target reported more
 * than PARK_SCREENS screens away is unobserved and kept with its place on
 * the page, and observed again when a window scroll brings that place within
 * PARK_SCREENS - 1 screens (checked once per animation frame), when an
 * element holding it scrolls, or REMEASURE_MS after the page changes size.
 * Unwatched items and aborted runs bring nothing back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMEASURE_MS, REMEASURED_PER_FRAME } from '../../../entrypoints/content/parking';
import { isDue, isFar, PARK_SCREENS } from '../../../entrypoints/content/viewport';
import { createViewportWatcher } from '../../../entrypoints/content/viewport-watcher';

const HEIGHT = 800;
const TILE = 40;
const viewport = { width: 1000, height: HEIGHT };

/** A tile-sized box relative to the viewport, `top` pixels below its top edge. */
const rectAt = (top: number) =>
  ({ top, bottom: top + TILE, left: 10, right: 110 }) as DOMRectReadOnly;

/** Stands in for the watcher's IntersectionObserver; `report` delivers entries as the browser would. */
class FakeObserver {
  static last: FakeObserver;
  targets = new Set<Element>();
  observe = vi.fn((target: Element) => void this.targets.add(target));
  unobserve = vi.fn((target: Element) => void this.targets.delete(target));
  disconnect = vi.fn(() => this.targets.clear());
  constructor(private callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  /** Reports each target at `top` (relative to the viewport), intersecting or not. */
  report(...entries: { target: Element; top: number; isIntersecting: boolean }[]) {
    const reported = entries.map(({ target, top, isIntersecting }) => {
      // The page agrees with the report, and the target moves with the page as it scrolls.
      const pageTop = top + window.scrollY;
      target.getBoundingClientRect = () => rectAt(pageTop - window.scrollY) as DOMRect;
      return { target, isIntersecting, boundingClientRect: rectAt(top) };
    });
    this.callback(
      reported as unknown as IntersectionObserverEntry[],
      this as unknown as IntersectionObserver,
    );
  }
}

class FakeResizeObserver {
  static last: FakeResizeObserver;
  observed: Element[] = [];
  disconnected = false;
  constructor(private callback: ResizeObserverCallback) {
    FakeResizeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  resize() {
    this.callback([], this as unknown as ResizeObserver);
  }
}

// Frames run only when a test says so, to tell "in the next frame" from "at once".
let frames = new Map<number, FrameRequestCallback>();
let lastFrame = 0;
const requestFrame = vi.fn((callback: FrameRequestCallback) => {
  frames.set(++lastFrame, callback);
  return lastFrame;
});
const runFrame = () => {
  const due = [...frames.values()];
  frames = new Map();
  for (const callback of due) callback(0);
};

function scrollWindowTo(y: number) {
  vi.stubGlobal('scrollY', y);
  window.dispatchEvent(new Event('scroll'));
}

function tile(parent: Element = document.body) {
  const element = document.createElement('a');
  parent.append(element);
  return element;
}

function setup() {
  const controller = new AbortController();
  const onNear = vi.fn();
  const watcher = createViewportWatcher<string>(onNear, controller.signal);
  const observer = FakeObserver.last;
  const far = (target: Element, top: number) =>
    observer.report({ target, top, isIntersecting: false });
  const isObserved = (target: Element) => observer.targets.has(target);
  /** How many times `target` was put back under the observer. */
  const returns = (target: Element) =>
    observer.observe.mock.calls.filter(([t]) => t === target).length - 1;
  return { watcher, observer, onNear, controller, far, isObserved, returns };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('requestAnimationFrame', requestFrame);
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.stubGlobal('innerHeight', HEIGHT);
  vi.stubGlobal('innerWidth', viewport.width);
  vi.stubGlobal('scrollY', 0);
  frames = new Map();
  requestFrame.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('isFar', () => {
  const limit = PARK_SCREENS * HEIGHT;

  it('counts a target as far only beyond PARK_SCREENS screens below the viewport', () => {
    expect(PARK_SCREENS).toBe(3);
    expect(isFar(rectAt(HEIGHT + limit), viewport)).toBe(false);
    expect(isFar(rectAt(HEIGHT + limit + 1), viewport)).toBe(true);
  });

  it('counts a target as far only beyond PARK_SCREENS screens above the viewport', () => {
    expect(isFar(rectAt(-limit - TILE), viewport)).toBe(false);
    expect(isFar(rectAt(-limit - TILE - 1), viewport)).toBe(true);
  });

  it('never counts a target on screen or in the margin as far', () => {
    expect(isFar(rectAt(0), viewport)).toBe(false);
    expect(isFar(rectAt(-TILE - HEIGHT), viewport)).toBe(false);
    expect(isFar(rectAt(2 * HEIGHT), viewport)).toBe(false);
  });
});

describe('isDue', () => {
  const reach = (PARK_SCREENS - 1) * HEIGHT;
  const view = { top: 10_000, height: HEIGHT };
  const boxAt = (top: number) => ({ top, bottom: top + TILE });

  it('brings a box back within PARK_SCREENS - 1 screens below the view, and not beyond', () => {
    expect(isDue(boxAt(view.top + HEIGHT + reach), view)).toBe(true);
    expect(isDue(boxAt(view.top + HEIGHT + reach + 1), view)).toBe(false);
  });

  it('brings a box back within PARK_SCREENS - 1 screens above the view, and not beyond', () => {
    expect(isDue(boxAt(view.top - reach - TILE), view)).toBe(true);
    expect(isDue(boxAt(view.top - reach - TILE - 1), view)).toBe(false);
  });

  it('brings back a box in view', () => {
    expect(isDue(boxAt(view.top), view)).toBe(true);
    expect(isDue(boxAt(view.top + HEIGHT - 1), view)).toBe(true);
  });

  it('leaves a box just parked where it is until the view comes a screen closer', () => {
    // The screen between the two limits keeps a target from going on and off the observer.
    const justFar = boxAt(view.top + HEIGHT + PARK_SCREENS * HEIGHT + 1);
    expect(isFar(rectAt(justFar.top - view.top), viewport)).toBe(true);
    expect(isDue(justFar, view)).toBe(false);
    expect(isDue(justFar, { ...view, top: view.top + HEIGHT })).toBe(false);
    expect(isDue(justFar, { ...view, top: view.top + HEIGHT + 1 })).toBe(true);
  });
});

describe('parking in the viewport watcher', () => {
  const FAR_BELOW = 5000; // 4,200 px below the viewport: more than three screens

  it('unobserves a far target that is not intersecting', () => {
    const { watcher, far, isObserved, onNear, observer } = setup();
    const target = tile();
    watcher.watch(target, 'far');

    far(target, FAR_BELOW);

    expect(isObserved(target)).toBe(false);
    expect(observer.unobserve).toHaveBeenCalledWith(target);
    expect(onNear).not.toHaveBeenCalled();
  });

  it('keeps observing a target within three screens and one that intersects', () => {
    const { watcher, observer, isObserved, onNear } = setup();
    const near = tile();
    const intersecting = tile();
    watcher.watch(near, 'near');
    watcher.watch(intersecting, 'intersecting');

    observer.report(
      { target: near, top: HEIGHT + PARK_SCREENS * HEIGHT, isIntersecting: false },
      // Intersecting wins over the box: the observer's margin is what counts as near.
      { target: intersecting, top: FAR_BELOW, isIntersecting: true },
    );

    expect(isObserved(near)).toBe(true);
    expect(isObserved(intersecting)).toBe(true);
    expect(observer.unobserve).not.toHaveBeenCalled();
    expect(onNear).toHaveBeenCalledWith([{ item: 'intersecting', priority: 'prefetch' }]);
  });

  it('ignores reports for targets it does not watch', () => {
    const { far, observer } = setup();
    const stranger = tile();
    observer.observe(stranger);

    far(stranger, FAR_BELOW);

    expect(observer.unobserve).not.toHaveBeenCalled();
  });

  it('observes a parked target again in the frame after a scroll brings it within two screens', () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    // At 2,700 the view ends at 3,500: the target is 1,500 px below, within two screens.
    scrollWindowTo(2700);
    expect(isObserved(target)).toBe(false);
    runFrame();

    expect(isObserved(target)).toBe(true);
  });

  it('leaves a parked target alone while scrolling stays more than two screens away', () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    // At 2,500 the view ends at 3,300: the target is 1,700 px below.
    scrollWindowTo(2500);
    runFrame();

    expect(isObserved(target)).toBe(false);
  });

  it("parks a target by its place on the page, counting the page's scroll when reported", () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'above');
    vi.stubGlobal('scrollY', 10_000);
    far(target, -5000); // the page's 5,000 to 5,040

    scrollWindowTo(7000); // 1,960 px below it
    runFrame();
    expect(isObserved(target)).toBe(false);

    scrollWindowTo(6600); // 1,560 px below it
    runFrame();
    expect(isObserved(target)).toBe(true);
  });

  it('checks once a frame however many scroll events arrive, and not while nothing is parked', () => {
    const { watcher, far } = setup();
    scrollWindowTo(100);
    expect(requestFrame).not.toHaveBeenCalled();

    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);
    scrollWindowTo(200);
    scrollWindowTo(300);
    scrollWindowTo(400);

    expect(requestFrame).toHaveBeenCalledTimes(1);
  });

  it('observes again the parked targets inside an element that scrolled, and only those', () => {
    const { watcher, far, isObserved } = setup();
    const scroller = document.createElement('div');
    const other = document.createElement('div');
    document.body.append(scroller, other);
    const inside = tile(scroller);
    const outside = tile(other);
    watcher.watch(inside, 'inside');
    watcher.watch(outside, 'outside');
    far(inside, FAR_BELOW);
    far(outside, FAR_BELOW);

    // The page did not scroll, so the places on the page say nothing about either.
    scroller.dispatchEvent(new Event('scroll'));
    runFrame();

    expect(isObserved(inside)).toBe(true);
    expect(isObserved(outside)).toBe(false);
  });

  it('reports a target observed again as near when it comes in intersecting', () => {
    const { watcher, far, observer, onNear, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    // One jump (End, a link to an anchor) takes it straight on screen.
    scrollWindowTo(4800);
    runFrame();
    expect(isObserved(target)).toBe(true);
    observer.report({ target, top: 200, isIntersecting: true });

    expect(onNear).toHaveBeenCalledWith([{ item: 'far', priority: 'visible' }]);
  });

  it('parks a target observed again that is still far, and brings it back later', () => {
    const { watcher, far, isObserved, returns } = setup();
    const scroller = document.createElement('div');
    document.body.append(scroller);
    const target = tile(scroller);
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);
    scroller.dispatchEvent(new Event('scroll'));
    runFrame();

    far(target, FAR_BELOW);
    expect(isObserved(target)).toBe(false);
    scrollWindowTo(4000);
    runFrame();

    expect(isObserved(target)).toBe(true);
    expect(returns(target)).toBe(2);
  });

  it('watches the root and the body for changes of size from the first park on', () => {
    const { watcher, far } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    const before = FakeResizeObserver.last;

    far(target, FAR_BELOW);

    expect(FakeResizeObserver.last).not.toBe(before);
    expect(FakeResizeObserver.last.observed).toEqual([document.documentElement, document.body]);
  });

  it('keeps no old scroll: a scroller that scrolled while nothing was parked brings nothing back', () => {
    const { watcher, far, returns } = setup();
    const scroller = document.createElement('div');
    document.body.append(scroller);
    scroller.dispatchEvent(new Event('scroll'));
    const target = tile(scroller);
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    scrollWindowTo(10);
    runFrame();

    expect(returns(target)).toBe(0);
  });

  it('measures parked targets again while scrolling, so one the page moved up comes back', () => {
    const { watcher, far, isObserved } = setup();
    const targets = Array.from({ length: REMEASURED_PER_FRAME + 1 }, () => tile());
    targets.forEach((target, i) => watcher.watch(target, `far ${i}`));
    targets.forEach((target) => far(target, FAR_BELOW));
    // The page reflowed: the last one now sits just below the viewport, the size unchanged.
    const moved = targets.at(-1)!;
    moved.getBoundingClientRect = () => rectAt(HEIGHT + 100 - window.scrollY) as DOMRect;

    scrollWindowTo(1);
    runFrame();
    // Measured in turn: the first frame of scrolling measures the others first.
    expect(isObserved(moved)).toBe(false);
    scrollWindowTo(2);
    runFrame();

    expect(isObserved(moved)).toBe(true);
  });

  it('parks a target where the page measures it now, not where the report had it', () => {
    const { watcher, observer, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'moved');
    // Reported far, but the page has scrolled to it since the observer measured it.
    target.getBoundingClientRect = () => rectAt(100) as DOMRect;
    const { callback } = observer as unknown as { callback: IntersectionObserverCallback };
    callback(
      [{ target, isIntersecting: false, boundingClientRect: rectAt(FAR_BELOW) }] as never,
      observer as never,
    );

    expect(isObserved(target)).toBe(true);
  });

  it('observes every parked target again REMEASURE_MS after the page changes size, once', () => {
    const { watcher, far, isObserved, returns } = setup();
    const targets = [tile(), tile(), tile()];
    targets.forEach((target, i) => watcher.watch(target, `far ${i}`));
    targets.forEach((target, i) => far(target, FAR_BELOW + i * 1000));

    FakeResizeObserver.last.resize();
    vi.advanceTimersByTime(REMEASURE_MS / 2);
    // Sizes keep changing while a page loads: the first change sets the time.
    FakeResizeObserver.last.resize();
    vi.advanceTimersByTime(REMEASURE_MS / 2 - 1);
    expect(targets.some(isObserved)).toBe(false);

    vi.advanceTimersByTime(1);
    expect(targets.every(isObserved)).toBe(true);
    vi.advanceTimersByTime(REMEASURE_MS * 10);
    expect(targets.map(returns)).toEqual([1, 1, 1]);
  });

  it('measures again after a later change of size too', () => {
    const { watcher, far, returns } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);
    FakeResizeObserver.last.resize();
    vi.advanceTimersByTime(REMEASURE_MS);
    far(target, FAR_BELOW);

    FakeResizeObserver.last.resize();
    vi.advanceTimersByTime(REMEASURE_MS);

    expect(returns(target)).toBe(2);
  });

  it('arms no measurement for a change of size while nothing is parked', () => {
    const { watcher, far, isObserved } = setup();
    FakeResizeObserver.last.resize();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    vi.advanceTimersByTime(REMEASURE_MS * 2);

    expect(isObserved(target)).toBe(false);
  });

  it('brings back no target of an unwatched item, by scroll or by change of size', () => {
    const { watcher, far, returns } = setup();
    const scroller = document.createElement('div');
    document.body.append(scroller);
    const badge = tile(scroller);
    const title = tile(scroller);
    watcher.watch(badge, 'gone');
    watcher.watch(title, 'gone');
    far(badge, FAR_BELOW);
    far(title, FAR_BELOW);

    watcher.unwatch('gone');
    FakeResizeObserver.last.resize();
    scroller.dispatchEvent(new Event('scroll'));
    scrollWindowTo(FAR_BELOW);
    runFrame();
    vi.advanceTimersByTime(REMEASURE_MS);

    expect([returns(badge), returns(title)]).toEqual([0, 0]);
  });

  it('brings nothing back after the run aborts, not even a frame or measurement already asked for', () => {
    const { watcher, far, controller, observer } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);
    scrollWindowTo(FAR_BELOW);
    FakeResizeObserver.last.resize();

    controller.abort();
    runFrame();
    vi.advanceTimersByTime(REMEASURE_MS);
    scrollWindowTo(FAR_BELOW + 1);
    runFrame();

    expect(observer.observe).toHaveBeenCalledTimes(1);
    expect(FakeResizeObserver.last.disconnected).toBe(true);
  });

  it('parks nothing reported after the run aborted', () => {
    const { watcher, far, controller, observer } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    controller.abort();

    // A callback already queued by the browser may still run.
    far(target, FAR_BELOW);
    scrollWindowTo(FAR_BELOW);
    runFrame();

    expect(observer.observe).toHaveBeenCalledTimes(1);
    expect(requestFrame).not.toHaveBeenCalled();
  });
});
