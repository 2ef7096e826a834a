/**
 * In-page clock for hover cards. Init script: the bench resets the clock,
 * hovers a badge, and reads when the card host was shown and when its details
 * were drawn. Times are taken after the next frame plus a macrotask, which is
 * after the frame that shows the change has been painted.
 */

export interface HoverClock {
  /** The pointer's arrival over the badge (the hover delay starts here). */
  hoverAt: number | null;
  /** The card host first shown (visible, with a size). */
  shownAt: number | null;
  /** The host's `data-state` became "ready" (when the card exposes it). */
  readyAt: number | null;
  /** Size changes of the shown host: the card grows when details arrive. */
  resizes: number[];
  /** The page's clock when this copy was read. */
  now?: number;
}

interface HoverWindow {
  __hoverClock: HoverClock;
  __resetHoverClock: () => void;
}

export function installHoverClock(options: { cardTag: string; badgeTag: string }): void {
  const win = window as unknown as HoverWindow;
  const fresh = (): HoverClock => ({ hoverAt: null, shownAt: null, readyAt: null, resizes: [] });
  win.__hoverClock = fresh();
  win.__resetHoverClock = () => (win.__hoverClock = fresh());

  const afterPaint = (record: (time: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => record(performance.now()), 0));
  // Shown means on screen and opaque: a card is drawn off-screen during the hover delay,
  // then put in place, fully transparent, some time before the delay ends.
  const isShown = (host: Element) => {
    const style = getComputedStyle(host);
    if (style.display === 'none' || style.visibility !== 'visible' || style.opacity === '0')
      return false;
    const box = host.getBoundingClientRect();
    const inside =
      box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
    return box.width > 0 && inside;
  };

  document.addEventListener(
    'mouseover',
    (event) => {
      const over = event.target instanceof Element && event.target.closest(options.badgeTag);
      if (over && win.__hoverClock.hoverAt === null) win.__hoverClock.hoverAt = performance.now();
    },
    true,
  );

  const resize = new ResizeObserver(() => {
    const clock = win.__hoverClock;
    if (clock.shownAt !== null) afterPaint((time) => clock.resizes.push(time));
  });
  const check = (host: Element) => {
    const clock = win.__hoverClock;
    if (clock.hoverAt === null) return;
    if (clock.shownAt === null && isShown(host)) afterPaint((time) => (clock.shownAt ??= time));
    if (clock.readyAt === null && host.getAttribute('data-state') === 'ready') {
      afterPaint((time) => (clock.readyAt ??= time));
    }
  };
  const hostChanges = new MutationObserver(
    (records) => records[0] && check(records[0].target as Element),
  );

  // The host is appended to <html> once, on the first hover; then only its attributes change.
  const arrival = new MutationObserver(() => {
    const host = document.querySelector(options.cardTag);
    if (!host) return;
    arrival.disconnect();
    resize.observe(host);
    hostChanges.observe(host, { attributes: true, attributeFilter: ['style', 'data-state'] });
    check(host);
  });
  arrival.observe(document.documentElement, { childList: true });
}

export function resetHoverClock(): void {
  (window as unknown as HoverWindow).__resetHoverClock();
}

export function readHoverClock(): HoverClock {
  return { ...(window as unknown as HoverWindow).__hoverClock, now: performance.now() };
}

/** Whether any card host is currently shown. */
export function cardShown(cardTag: string): boolean {
  const host = document.querySelector(cardTag);
  return !!host && getComputedStyle(host).display !== 'none';
}
