/**
 * Lookups in viewport order. One shared IntersectionObserver with a generous
 * margin reports titles as they come near; visible ones ask with priority
 * 'visible', nearby ones 'prefetch', and titles never scrolled near never ask.
 */
import type { Priority } from '../../utils/messages';

/** How far outside the viewport a title counts as near: one screen above and below. */
export const ROOT_MARGIN = '100% 50% 100% 50%';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ViewportSize {
  width: number;
  height: number;
}

/** 'visible' when any part of `rect` is on screen, else 'prefetch'. */
export function priorityFor(rect: Box, viewport: ViewportSize): 'visible' | 'prefetch' {
  const onScreen =
    rect.bottom > 0 && rect.top < viewport.height && rect.right > 0 && rect.left < viewport.width;
  return onScreen ? 'visible' : 'prefetch';
}

/** How far `rect` is from the viewport vertically; 0 when on screen. */
export function distanceFromViewport(rect: Box, viewport: ViewportSize): number {
  if (rect.bottom <= 0) return -rect.bottom;
  if (rect.top >= viewport.height) return rect.top - viewport.height;
  return 0;
}

export interface Near<T> {
  item: T;
  priority: Priority;
}

/**
 * Orders a batch of near titles: visible before prefetch, then reading order
 * (top to bottom, left to right) on screen and nearest first off screen.
 */
export function orderByViewport<T>(
  batch: { item: T; rect: Box }[],
  viewport: ViewportSize,
): Near<T>[] {
  const ranked = batch.map(({ item, rect }) => ({
    item,
    rect,
    priority: priorityFor(rect, viewport),
    distance: distanceFromViewport(rect, viewport),
  }));
  ranked.sort(
    (a, b) =>
      rank(a.priority) - rank(b.priority) ||
      a.distance - b.distance ||
      a.rect.top - b.rect.top ||
      a.rect.left - b.rect.left,
  );
  return ranked.map(({ item, priority }) => ({ item, priority }));
}

function rank(priority: Priority): number {
  return priority === 'visible' ? 0 : 1;
}
