/**
 * Where the hover card goes: a pure function of the anchor's rectangle, the
 * card's size and the viewport, so every edge case is unit-tested without a
 * browser.
 */

export interface AnchorRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  /** Which side of the anchor the card ended up on. */
  side: 'above' | 'below';
}

/** Space between the anchor and the card. */
export const ANCHOR_GAP = 6;
/** Space kept free along the viewport's edges. */
export const EDGE_MARGIN = 8;

/**
 * Below the anchor when it fits, above when only that fits, otherwise on the
 * roomier side; then shifted so the whole card stays inside the viewport.
 * Coordinates are viewport-relative, for a `position: fixed` card.
 */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size): CardPlacement {
  const side = chooseSide(anchor, card, viewport);
  const wanted =
    side === 'below' ? anchor.bottom + ANCHOR_GAP : anchor.top - ANCHOR_GAP - card.height;
  return {
    side,
    top: clamp(wanted, EDGE_MARGIN, viewport.height - card.height - EDGE_MARGIN),
    left: clamp(anchor.left, EDGE_MARGIN, viewport.width - card.width - EDGE_MARGIN),
  };
}

function chooseSide(anchor: AnchorRect, card: Size, viewport: Size): 'above' | 'below' {
  const needed = card.height + ANCHOR_GAP + EDGE_MARGIN;
  const below = viewport.height - anchor.bottom;
  const above = anchor.top;
  if (below >= needed) return 'below';
  if (above >= needed) return 'above';
  return below >= above ? 'below' : 'above';
}

/**
 * `value` kept within [min, max]. When the card is larger than the room
 * (max < min) the start edge wins, so its top or left stays readable.
 */
function clamp(value: number, min: number, max: number): number {
  if (max < min) return min;
  return Math.min(Math.max(value, min), max);
}
