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

/**
 * How far, in viewport heights, a target may be before it is taken off the
 * observer (see parking.ts). Well beyond ROOT_MARGIN, so it comes back under
 * the observer a screen or more before it counts as near.
 */
export const PARK_SCREENS = 3;

/** Reported far enough from the viewport to be parked. */
export function isFar(rect: Box, viewport: ViewportSize): boolean {
  return distanceFromViewport(rect, viewport) > PARK_SCREENS * viewport.height;
}

/** A box in page coordinates (distance from the top of the document). */
export interface PageBox {
  top: number;
  bottom: number;
}

/** Whether a parked box is close enough to the view (`top`: the page's scroll offset) to return. */
export function isDue(box: PageBox, view: { top: number; height: number }): boolean {
  const rect = { top: box.top - view.top, bottom: box.bottom - view.top, left: 0, right: 0 };
  return (
    distanceFromViewport(rect, { width: 0, height: view.height }) <=
    (PARK_SCREENS - 1) * view.height
  );
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
