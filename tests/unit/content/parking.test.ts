// @vitest-environment happy-dom
/**
 * Far targets parked off the IntersectionObserver: a target reported more
 * than PARK_SCREENS screens away is unobserved and kept with its place on
 * the page; a look every CHECK_MS observes it again once the view has come
 * within PARK_SCREENS - 1 screens of that place, and measures a few parked
 * targets again each time. Targets inside scrolling elements stay observed;
 * unwatched items and aborted runs bring nothing back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_MS, REMEASURED_PER_CHECK } from '../../../entrypoints/content/parking';
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

/** The next look at the parked targets. */
const look = () => vi.advanceTimersByTime(CHECK_MS);

/** Scrolls the page; there are no scroll listeners, only the looks notice. */
function scrollWindowTo(y: number) {
  vi.stubGlobal('scrollY', y);
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
  vi.stubGlobal('innerHeight', HEIGHT);
  vi.stubGlobal('innerWidth', viewport.width);
  vi.stubGlobal('scrollY', 0);
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

  it('observes a parked target again at the first look after the view comes within two screens', () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    // At 2,700 the view ends at 3,500: the target is 1,500 px below, within two screens.
    scrollWindowTo(2700);
    expect(isObserved(target)).toBe(false);
    look();

    expect(isObserved(target)).toBe(true);
  });

  it('leaves a parked target alone while the view stays more than two screens away', () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    // At 2,500 the view ends at 3,300: the target is 1,700 px below.
    scrollWindowTo(2500);
    look();

    expect(isObserved(target)).toBe(false);
  });

  it("parks a target by its place on the page, counting the page's scroll when parked", () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'above');
    vi.stubGlobal('scrollY', 10_000);
    far(target, -5000); // the page's 5,000 to 5,040

    scrollWindowTo(7000); // 1,960 px below it
    look();
    expect(isObserved(target)).toBe(false);

    scrollWindowTo(6600); // 1,560 px below it
    look();
    expect(isObserved(target)).toBe(true);
  });

  it('looks only while something is parked', () => {
    const { watcher, far } = setup();
    expect(vi.getTimerCount()).toBe(0);

    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);
    expect(vi.getTimerCount()).toBe(1);

    scrollWindowTo(FAR_BELOW);
    look();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never parks a target inside an element that scrolls', () => {
    const { watcher, far, isObserved } = setup();
    const scroller = document.createElement('div');
    scroller.style.overflowY = 'auto';
    Object.defineProperty(scroller, 'scrollHeight', { value: 5000 });
    Object.defineProperty(scroller, 'clientHeight', { value: 400 });
    document.body.append(scroller);
    const inside = tile(scroller);
    const outside = tile();
    watcher.watch(inside, 'inside');
    watcher.watch(outside, 'outside');

    far(inside, FAR_BELOW);
    far(outside, FAR_BELOW);

    expect(isObserved(inside)).toBe(true);
    expect(isObserved(outside)).toBe(false);
  });

  it('reports a target observed again as near when it comes in intersecting', () => {
    const { watcher, far, observer, onNear } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    scrollWindowTo(FAR_BELOW - HEIGHT);
    look();
    observer.report({ target, top: HEIGHT / 2, isIntersecting: true });

    expect(onNear).toHaveBeenCalledWith([{ item: 'far', priority: 'visible' }]);
  });

  it('parks a target observed again that is still far, and brings it back later', () => {
    const { watcher, far, isObserved } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);
    scrollWindowTo(2700);
    look();
    expect(isObserved(target)).toBe(true);

    // The page moved on before the observer reported: still far, parked again.
    scrollWindowTo(0);
    far(target, FAR_BELOW);
    expect(isObserved(target)).toBe(false);

    scrollWindowTo(2700);
    look();
    expect(isObserved(target)).toBe(true);
  });

  it('measures parked targets again at each look, in turn, so one the page moved comes back', () => {
    const { watcher, far, isObserved } = setup();
    const targets = Array.from({ length: REMEASURED_PER_CHECK + 1 }, () => tile());
    targets.forEach((target, i) => watcher.watch(target, `far ${i}`));
    targets.forEach((target) => far(target, FAR_BELOW));
    // The page reflowed, no scroll: the last one now sits just below the viewport.
    const moved = targets.at(-1)!;
    moved.getBoundingClientRect = () => rectAt(HEIGHT + 100 - window.scrollY) as DOMRect;

    look();
    // Measured in turn: the first look measures the others first.
    expect(isObserved(moved)).toBe(false);
    look();

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

  it('brings back no target of an unwatched item', () => {
    const { watcher, far, returns } = setup();
    const target = tile();
    watcher.watch(target, 'gone');
    far(target, FAR_BELOW);

    watcher.unwatch('gone');
    scrollWindowTo(FAR_BELOW);
    look();

    expect(returns(target)).toBe(0);
  });

  it('brings nothing back after the run aborts, and looks no more', () => {
    const { watcher, far, controller, returns } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    far(target, FAR_BELOW);

    controller.abort();
    scrollWindowTo(FAR_BELOW);
    look();

    expect(returns(target)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('parks nothing reported after the run aborted', () => {
    const { watcher, far, controller, observer } = setup();
    const target = tile();
    watcher.watch(target, 'far');
    controller.abort();

    // A callback already queued by the browser may still run.
    far(target, FAR_BELOW);
    scrollWindowTo(FAR_BELOW);
    look();

    expect(observer.observe).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
