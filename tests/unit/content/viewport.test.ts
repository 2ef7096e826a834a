/**
 * Viewport order: titles on screen ask as 'visible', those in the margin as
 * 'prefetch', in reading order on screen and nearest first off screen.
 */
import { describe, expect, it } from 'vitest';
import {
  distanceFromViewport,
  orderByViewport,
  priorityFor,
} from '../../../entrypoints/content/viewport';

const viewport = { width: 1000, height: 800 };
const box = (top: number, left = 0, height = 40) => ({
  top,
  bottom: top + height,
  left,
  right: left + 100,
});

describe('priorityFor', () => {
  it('is visible for any part on screen', () => {
    expect(priorityFor(box(0), viewport)).toBe('visible');
    expect(priorityFor(box(-30), viewport)).toBe('visible');
    expect(priorityFor(box(790), viewport)).toBe('visible');
  });

  it('is prefetch above, below and beside the screen', () => {
    expect(priorityFor(box(-40), viewport)).toBe('prefetch');
    expect(priorityFor(box(800), viewport)).toBe('prefetch');
    expect(priorityFor(box(100, 1000), viewport)).toBe('prefetch');
    expect(priorityFor(box(100, -100), viewport)).toBe('prefetch');
  });
});

describe('orderByViewport', () => {
  it('puts visible first in reading order, then the nearest off-screen ones', () => {
    const batch = [
      { item: 'far below', rect: box(1500) },
      { item: 'second row', rect: box(300) },
      { item: 'just above', rect: box(-100) },
      { item: 'first row, right', rect: box(100, 500) },
      { item: 'first row, left', rect: box(100, 0) },
    ];

    expect(orderByViewport(batch, viewport)).toEqual([
      { item: 'first row, left', priority: 'visible' },
      { item: 'first row, right', priority: 'visible' },
      { item: 'second row', priority: 'visible' },
      { item: 'just above', priority: 'prefetch' },
      { item: 'far below', priority: 'prefetch' },
    ]);
  });

  it('measures distance to the nearest screen edge', () => {
    expect(distanceFromViewport(box(-100), viewport)).toBe(60);
    expect(distanceFromViewport(box(900), viewport)).toBe(100);
    expect(distanceFromViewport(box(10), viewport)).toBe(0);
  });
});
