/**
 * The single `<reelcard-card>` host: appended to <html> on first use, fixed
 * over the page in a closed shadow root, so the page's layout never shifts
 * and page scripts cannot reach into it. It renders a Card and keeps it
 * placed next to its anchor as the card resizes or the page scrolls. It is
 * moved with a transform and revealed with opacity, which the browser
 * composites without laying out or repainting the page.
 */
import { render } from 'preact';
import { Card, cardState, type CardProps } from '../../components/card/Card';
import { CARD_CSS } from '../../components/card/card-css';
import { placeCard } from '../../components/card/place-card';
import { attachStyledShadow } from '../../components/shared/shadow';
import { capHeight, HOST_CSS, moveTo, OFF_SCREEN, setVar } from './card-host-style';

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
  /**
   * Moves the card drawn ahead to its place beside `anchor`, transparent,
   * hidden from assistive technology and letting the pointer through, some
   * time before `show`: the page is repainted for the move (and the card's
   * images load) then, and `show` is only a change of opacity, which needs
   * no repaint. The card takes the pointer again once it has been painted.
   */
  stage(anchor: Element): void;
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
  // Drawn ahead and put, transparent, at its place beside the anchor-to-be (`stage`).
  let staged = false;
  // A staged card lets the pointer through until it has been shown and painted.
  let pointerThrough = false;
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
    setVar(parts.host, '--rc-opacity', '1');
    parts.host.removeAttribute('aria-hidden');
    staged = false;
    if (pointerThrough) takePointerAfterPaint(parts.host);
  };

  // A change of pointer-events repaints the page, so it waits for the frame that shows the card.
  const takePointerAfterPaint = (host: HTMLElement) => {
    const shownSession = session;
    requestAnimationFrame(() =>
      setTimeout(() => {
        // Closed meanwhile: hide() has given the pointer back already.
        if (session !== shownSession || !pointerThrough) return;
        pointerThrough = false;
        setVar(host, '--rc-pointer-events', 'auto');
      }, 0),
    );
  };

  const ensureParts = (): Parts => {
    if (parts) return parts;
    const host = document.createElement(CARD_TAG);
    const container = attachStyledShadow(host, `${HOST_CSS}${CARD_CSS}`);
    moveTo(host, OFF_SCREEN, OFF_SCREEN);
    // Set here, so that none of the properties is inherited from the page's own.
    setVar(host, '--rc-pointer-events', 'auto');
    setVar(host, '--rc-opacity', '1');
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
      if (parts && placement) {
        capHeight(parts.host, placement.maxHeight);
        // Staged already: it follows its new size (details drawn in).
        if (staged) moveTo(parts.host, Math.round(placement.left), Math.round(placement.top));
      }
      if (parts) {
        // A change of visibility at `show` would make the browser walk the card's tree again.
        parts.host.setAttribute('aria-hidden', 'true');
        setVar(parts.host, '--rc-visibility', 'visible');
      }
    },
    stage(nextAnchor) {
      // Only a card drawn ahead (prepare) and not shown since.
      if (anchor || !parts || parts.host.getAttribute('aria-hidden') !== 'true') return;
      const placement = placementFor(nextAnchor, parts.host);
      if (!placement) return;
      staged = true;
      pointerThrough = true;
      // Transparent and out of the pointer's way before it moves, so no frame shows it early
      // and the page under it keeps its hover and clicks.
      setVar(parts.host, '--rc-opacity', '0');
      setVar(parts.host, '--rc-pointer-events', 'none');
      capHeight(parts.host, placement.maxHeight);
      moveTo(parts.host, Math.round(placement.left), Math.round(placement.top));
    },
    hide() {
      anchor = null;
      staged = false;
      pointerThrough = false;
      session += 1;
      if (!parts) return;
      setVar(parts.host, '--rc-pointer-events', 'auto');
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
