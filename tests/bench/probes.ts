/**
 * Functions the bench runs inside the stress page (through `page.evaluate`
 * or as init scripts). They only read the page, except the badge clock, which
 * observes it; each is self-contained because Playwright serialises it.
 */

/** The tile's title as the page shows it (what the adapter reads). */
export const TILE_SELECTOR = '[data-uia="title-card-container"] a[aria-label]';

/** Titles of the tiles that intersect the viewport right now. */
export function titlesInViewport(selector: string): string[] {
  const height = window.innerHeight;
  const width = window.innerWidth;
  return [...document.querySelectorAll(selector)]
    .filter((tile) => {
      const box = tile.getBoundingClientRect();
      return box.bottom > 0 && box.top < height && box.right > 0 && box.left < width;
    })
    .map((tile) => tile.getAttribute('aria-label') ?? '');
}

/** Each tile's distance below the top of the viewport, in viewport heights. */
export function tileDistances(selector: string): Record<string, number> {
  const distances: Record<string, number> = {};
  for (const tile of document.querySelectorAll(selector)) {
    distances[tile.getAttribute('aria-label') ?? ''] =
      tile.getBoundingClientRect().top / window.innerHeight;
  }
  return distances;
}

/** How many badges are in each state. */
export function badgeStates(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const badge of document.querySelectorAll('reelcard-badge')) {
    const state = badge.getAttribute('data-state') ?? 'none';
    counts[state] = (counts[state] ?? 0) + 1;
  }
  return counts;
}

/** What the badge clock leaves on `window` for the bench to read. */
export interface BadgeClock {
  /** `performance.now()` when the first tile was in the document. */
  tilesAt: number | null;
  /** When matched badges first covered `share` of the first viewport's tiles. */
  badgesAt: number | null;
  /** Matched first-viewport tiles at the last check, and how many there are. */
  matched: number;
  total: number;
}

/**
 * Init script: starts a clock when the first tile is parsed and stops it when
 * matched badges cover `share` of the tiles in the first viewport. Checks run
 * once a frame at most, after badge changes, so the stop time is within a
 * frame of the badges being there; they run while the page is still parsed
 * too (badges may come before the rest of the page), from the moment a tile
 * starts below the first viewport, that is, once the first viewport is full.
 */
export function installBadgeClock(options: { selector: string; share: number }): void {
  const clock: BadgeClock = { tilesAt: null, badgesAt: null, matched: 0, total: 0 };
  (window as unknown as { __badgeClock: BadgeClock }).__badgeClock = clock;
  let firstViewport: Set<string> | null = null;
  let scheduled = false;

  const check = () => {
    scheduled = false;
    if (clock.badgesAt !== null) return;
    if (!firstViewport) {
      const tiles = [...document.querySelectorAll(options.selector)];
      const below = (tile: Element) => tile.getBoundingClientRect().top >= window.innerHeight;
      // While the page is parsed, the first viewport is known once a tile starts below it.
      if (document.readyState === 'loading' && !tiles.some(below)) return;
      firstViewport = new Set(
        tiles.filter((tile) => !below(tile)).map((tile) => tile.getAttribute('aria-label') ?? ''),
      );
    }
    const matched = new Set(
      [...document.querySelectorAll('reelcard-badge[data-state="matched"]')].map(
        (badge) => badge.getAttribute('data-title') ?? '',
      ),
    );
    clock.total = firstViewport.size;
    clock.matched = [...firstViewport].filter((title) => matched.has(title)).length;
    if (clock.total > 0 && clock.matched >= options.share * clock.total) {
      clock.badgesAt = performance.now();
    }
  };

  new MutationObserver(() => {
    if (clock.tilesAt === null && document.querySelector(options.selector)) {
      clock.tilesAt = performance.now();
    }
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(check);
    }
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
}

/** Reads the badge clock installed by `installBadgeClock`. */
export function readBadgeClock(): BadgeClock | null {
  return (window as unknown as { __badgeClock?: BadgeClock }).__badgeClock ?? null;
}

/** Scrolls one step down; resolves after the next frame with whether the bottom was reached. */
export function scrollStep(pixels: number): Promise<boolean> {
  window.scrollBy(0, pixels);
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      resolve(window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2),
    ),
  );
}
