/**
 * The single `<reelcard-card>` host: appended to <html> on first use, fixed
 * over the page in a closed shadow root, so the page's layout never shifts
 * and page scripts cannot reach into it. It renders a Card and keeps it
 * placed next to its anchor as the card resizes or the page scrolls. It is
 * moved with a transform, which the browser composites without laying out
 * the page again.
 */
import { render } from 'preact';
import { Card, cardState, type CardProps } from '../../components/card/Card';
import { CARD_CSS } from '../../components/card/card-css';
import { placeCard } from '../../components/card/place-card';
import { attachStyledShadow, hostRule } from '../../components/shared/shadow';

export const CARD_TAG = 'reelcard-card';

export interface CardHost {
  /** Renders `props` (remounting when `identity` changes) and places the card by `anchor`. */
  show(props: CardProps, identity: string, anchor: Element): void;
  /**
   * Renders `props` into the card ahead of `show`, during the hover delay,
   * off-screen and hidden from assistive technology but painted, so showing
   * it then is only a move of its layer: no style, layout or paint work on
   * the page's frame. Does nothing while the card is shown. Sends no
   * request: the card sits far off-screen, where its lazy images do not load.
   */
  prepare(props: CardProps, identity: string, anchor: Element): void;
  hide(): void;
  /** Moves keyboard focus into the card. */
  focus(): void;
  /** The host element, to tell events inside the card from the page's. */
  readonly element: HTMLElement | null;
}

interface Parts {
  host: HTMLElement;
  container: HTMLElement;
}

/**
 * Creates the host lazily, then keeps it, with one Preact root, for the
 * page's lifetime: closing only hides it. `onAnchorGone` is called when the
 * anchor scrolls out of view.
 */
export function createCardHost(
  document: Document,
  onAnchorGone: () => void,
  signal: AbortSignal,
): CardHost {
  let parts: Parts | null = null;
  let anchor: Element | null = null;
  // Counts closes: a card reopened starts afresh (picker closed), as a newly made one would.
  let session = 0;

  // Reads both boxes before any write, so placing forces at most one layout.
  const placementFor = (target: Element, host: HTMLElement) => {
    const rect = target.getBoundingClientRect();
    const viewport = viewportSize(document);
    if (!target.isConnected || rect.bottom < 0 || rect.top > viewport.height) return null;
    return placeCard(rect, host.getBoundingClientRect(), viewport);
  };

  const place = () => {
    if (!parts || !anchor) return;
    const placement = placementFor(anchor, parts.host);
    if (!placement) return onAnchorGone();

    capHeight(parts.host, placement.maxHeight);
    moveTo(parts.host, Math.round(placement.left), Math.round(placement.top));
    setVar(parts.host, '--rc-visibility', 'visible');
    parts.host.removeAttribute('aria-hidden');
  };

  const ensureParts = (): Parts => {
    if (parts) return parts;
    const host = document.createElement(CARD_TAG);
    const container = attachStyledShadow(host, `${HOST_CSS}${CARD_CSS}`);
    moveTo(host, OFF_SCREEN, OFF_SCREEN);
    document.documentElement.append(host);
    watchPlacement(host, place, signal);
    parts = { host, container };
    return parts;
  };

  const draw = (props: CardProps, identity: string) => {
    const { host, container } = ensureParts();
    setVar(host, '--rc-display', 'block');
    render(<Card key={`${session}|${identity}`} {...props} />, container);
  };

  signal.addEventListener('abort', () => {
    if (parts) render(null, parts.container);
    parts?.host.remove();
  });

  return {
    show(props, identity, nextAnchor) {
      draw(props, identity);
      anchor = nextAnchor;
      // Exposed for tests and benchmarks: loading, ready, unmatched or error.
      parts?.host.setAttribute('data-state', cardState(props));
      place();
    },
    prepare(props, identity, nextAnchor) {
      if (anchor) return;
      draw(props, identity);

      // The height cap depends on the room beside the anchor; set now, it needs no layout later.
      const placement = parts && placementFor(nextAnchor, parts.host);
      if (parts && placement) capHeight(parts.host, placement.maxHeight);
      if (parts) {
        // A change of visibility at `show` would make the browser walk the card's tree again.
        parts.host.setAttribute('aria-hidden', 'true');
        setVar(parts.host, '--rc-visibility', 'visible');
      }
    },
    hide() {
      anchor = null;
      session += 1;
      if (!parts) return;
      // The tree stays for the next open. Out of the layout until drawn ahead again (in the
      // hover delay), then hidden and off-screen, so that nothing in it loads.
      parts.host.removeAttribute('data-state');
      setVar(parts.host, '--rc-display', 'none');
      setVar(parts.host, '--rc-visibility', 'hidden');
      moveTo(parts.host, OFF_SCREEN, OFF_SCREEN);
    },
    focus() {
      parts?.container.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    get element() {
      return parts?.host ?? null;
    },
  };
}

/** Far beyond any lazy-loading margin, so a hidden card's images are not fetched. */
const OFF_SCREEN = -100_000;

// Fixed over the page and out of its CSS's reach. Position and visibility come from
// custom properties set on the host, since the rule's `all: initial` overrides inline styles.
// Laid out and painted from the moment it is drawn ahead of time (in the hover delay),
// off-screen, so the card never flashes at the corner of the page and showing it is a move
// of its own layer (will-change), with no new layout. Containment keeps its layout its own.
const HOST_CSS = hostRule({
  position: 'fixed',
  top: '0',
  left: '0',
  transform: 'translate(var(--rc-left, 0), var(--rc-top, 0))',
  'will-change': 'transform',
  contain: 'layout style',
  'z-index': '2147483647',
  display: 'var(--rc-display, none)',
  visibility: 'var(--rc-visibility, hidden)',
  'font-size': 'medium',
  'pointer-events': 'auto',
});

/**
 * The room a fixed card has: the viewport without the page's scrollbars, which
 * would otherwise cover the card's edge. In quirks mode the root's client
 * size can be the whole page's, so the window's size is used there.
 */
function viewportSize(document: Document): { width: number; height: number } {
  const root = document.documentElement;
  if (document.compatMode !== 'CSS1Compat') {
    return { width: window.innerWidth, height: window.innerHeight };
  }
  return { width: root.clientWidth, height: root.clientHeight };
}

function capHeight(host: HTMLElement, maxHeight: number): void {
  setVar(host, '--rc-max-height', `${Math.floor(maxHeight)}px`);
}

function moveTo(host: HTMLElement, left: number, top: number): void {
  setVar(host, '--rc-left', `${left}px`);
  setVar(host, '--rc-top', `${top}px`);
}

/**
 * Inline and important, so a page rule cannot move or hide the card through
 * the variables. An unchanged value is not written again: any write makes
 * the browser recompute the card's style.
 */
function setVar(host: HTMLElement, name: string, value: string): void {
  if (host.style.getPropertyValue(name) === value) return;
  host.style.setProperty(name, value, 'important');
}

/** Re-places the card when its size changes (details arrived) and when the page scrolls or resizes. */
function watchPlacement(host: HTMLElement, place: () => void, signal: AbortSignal): void {
  let frame = 0;
  const soon = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };
  const resize = new ResizeObserver(soon);
  resize.observe(host);
  window.addEventListener('scroll', soon, { capture: true, passive: true, signal });
  window.addEventListener('resize', soon, { passive: true, signal });
  signal.addEventListener('abort', () => {
    resize.disconnect();
    cancelAnimationFrame(frame);
  });
}
