/**
 * How the card host is styled from outside the page's reach: its one `:host`
 * rule reads custom properties, which the content script sets inline and
 * important on the host element.
 */
import { hostRule } from '../../components/shared/shadow';

/** Far beyond any lazy-loading margin, so a hidden card's images are not fetched. */
export const OFF_SCREEN = -100_000;

// Fixed over the page and out of its CSS's reach. Position, visibility and opacity come from
// custom properties set on the host, since the rule's `all: initial` overrides inline styles.
// Laid out and painted from the moment it is drawn ahead of time (in the hover delay),
// off-screen, so the card never flashes at the corner of the page. Moved into place, still
// transparent and letting the pointer through, well before it opens (`stage`): showing it is
// then a change of its own layer's opacity (will-change), with no new layout or paint.
// Repainting any part of a page makes Chromium walk the page's whole paint tree, 10 ms and
// more on a page of thousands of tiles. Containment keeps the card's layout its own.
export const HOST_CSS = hostRule({
  position: 'fixed',
  top: '0',
  left: '0',
  transform: 'translate(var(--rc-left, 0), var(--rc-top, 0))',
  opacity: 'var(--rc-opacity, 1)',
  'will-change': 'transform, opacity',
  contain: 'layout style',
  'z-index': '2147483647',
  display: 'var(--rc-display, none)',
  visibility: 'var(--rc-visibility, hidden)',
  'font-size': 'medium',
  'pointer-events': 'var(--rc-pointer-events, auto)',
});

export function capHeight(host: HTMLElement, maxHeight: number): void {
  setVar(host, '--rc-max-height', `${Math.floor(maxHeight)}px`);
}

export function moveTo(host: HTMLElement, left: number, top: number): void {
  setVar(host, '--rc-left', `${left}px`);
  setVar(host, '--rc-top', `${top}px`);
}

/**
 * Inline and important, so a page rule cannot move or hide the card through
 * the variables. An unchanged value is not written again: any write makes
 * the browser recompute the card's style.
 */
export function setVar(host: HTMLElement, name: string, value: string): void {
  if (host.style.getPropertyValue(name) === value) return;
  host.style.setProperty(name, value, 'important');
}
