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
  /** The tallest the card may be there; it scrolls inside beyond this. */
  maxHeight: number;
}

/** Space between the anchor and the card. */
export const ANCHOR_GAP = 6;
/** Space kept free along the viewport's edges. */
export const EDGE_MARGIN = 8;
/** Below this much room the card may cover the anchor rather than shrink further. */
export const MIN_HEIGHT = 160;

/**
 * Below the anchor when it fits, above when only that fits, otherwise on the
 * roomier side with its height capped to the room there. Then shifted so the
 * whole card stays inside the viewport. Coordinates are viewport-relative,
 * for a `position: fixed` card.
 */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size): CardPlacement {
  const below = viewport.height - anchor.bottom - ANCHOR_GAP - EDGE_MARGIN;
  const above = anchor.top - ANCHOR_GAP - EDGE_MARGIN;
  const side = chooseSide(card.height, below, above);

  // The cap is the room on the chosen side, so a card that grows (details arrived) stays put.
  const maxHeight = Math.max(side === 'below' ? below : above, MIN_HEIGHT);
  const height = Math.min(card.height, maxHeight);
  const wanted = side === 'below' ? anchor.bottom + ANCHOR_GAP : anchor.top - ANCHOR_GAP - height;
  return {
    side,
    maxHeight,
    top: clamp(wanted, EDGE_MARGIN, viewport.height - height - EDGE_MARGIN),
    left: clamp(anchor.left, EDGE_MARGIN, viewport.width - card.width - EDGE_MARGIN),
  };
}

function chooseSide(height: number, below: number, above: number): 'above' | 'below' {
  if (height <= below) return 'below';
  if (height <= above) return 'above';
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
