/**
 * placeCard keeps the card inside the viewport: below the anchor when it
 * fits, flipped above near the bottom, shifted sideways near either side.
 */
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_GAP,
  EDGE_MARGIN,
  MIN_HEIGHT,
  placeCard,
} from '../../../components/card/place-card';

const viewport = { width: 1280, height: 800 };
const card = { width: 368, height: 420 };

/** A 60×20 badge with its top-left corner at (left, top). */
function anchorAt(left: number, top: number) {
  return { left, top, right: left + 60, bottom: top + 20 };
}

function inside(p: { top: number; left: number }) {
  return (
    p.top >= EDGE_MARGIN &&
    p.left >= EDGE_MARGIN &&
    p.top + card.height <= viewport.height - EDGE_MARGIN &&
    p.left + card.width <= viewport.width - EDGE_MARGIN
  );
}

describe('placeCard', () => {
  it('goes below the anchor, left-aligned, when there is room', () => {
    const placed = placeCard(anchorAt(300, 100), card, viewport);

    expect(placed).toMatchObject({ side: 'below', top: 120 + ANCHOR_GAP, left: 300 });
    expect(placed.maxHeight).toBe(800 - 120 - ANCHOR_GAP - EDGE_MARGIN);
  });

  it('flips above near the bottom edge', () => {
    const placed = placeCard(anchorAt(300, 700), card, viewport);

    expect(placed.side).toBe('above');
    expect(placed.top).toBe(700 - ANCHOR_GAP - card.height);
    expect(inside(placed)).toBe(true);
  });

  it('stays below near the top edge', () => {
    const placed = placeCard(anchorAt(300, 0), card, viewport);

    expect(placed.side).toBe('below');
    expect(inside(placed)).toBe(true);
  });

  it('shifts left near the right edge', () => {
    const placed = placeCard(anchorAt(1250, 100), card, viewport);

    expect(placed.left).toBe(viewport.width - card.width - EDGE_MARGIN);
    expect(inside(placed)).toBe(true);
  });

  it('shifts right near the left edge, even for an anchor partly off screen', () => {
    const placed = placeCard(anchorAt(-30, 100), card, viewport);

    expect(placed.left).toBe(EDGE_MARGIN);
  });

  it('takes the roomier side, capped to fit, without covering the anchor', () => {
    const short = { width: 1280, height: 500 };
    const placed = placeCard(anchorAt(300, 300), card, short);

    expect(placed.side).toBe('above');
    expect(placed.maxHeight).toBe(300 - ANCHOR_GAP - EDGE_MARGIN);
    expect(placed.top).toBe(EDGE_MARGIN);
    expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(300 - ANCHOR_GAP);
  });

  it('stays where it is once capped, as the measured height now fits', () => {
    const short = { width: 1280, height: 500 };
    const first = placeCard(anchorAt(300, 300), card, short);
    const again = placeCard(anchorAt(300, 300), { ...card, height: first.maxHeight }, short);

    expect(again).toEqual(first);
  });

  it('covers the anchor rather than shrink to nothing in a tiny viewport', () => {
    const tiny = { width: 300, height: 200 };
    const placed = placeCard(anchorAt(100, 90), card, tiny);

    expect(placed.maxHeight).toBe(MIN_HEIGHT);
    expect(placed.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
    expect(placed.left).toBe(EDGE_MARGIN);
  });
});
