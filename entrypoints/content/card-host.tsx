/**
 * The single `<reelcard-card>` host: appended to <html> on first use, fixed
 * over the page in a closed shadow root, so the page's layout never shifts
 * and page scripts cannot reach into it. It renders a Card and keeps it
 * placed next to its anchor as the card resizes or the page scrolls.
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
  hide(): void;
  /** Moves keyboard focus into the card. */
  focus(): void;
  /** The host element, to tell events inside the card from the page's. */
  readonly element: HTMLElement | null;
}

/** Creates the host lazily; `onAnchorGone` is called when the anchor scrolls out of view. */
export function createCardHost(
  document: Document,
  onAnchorGone: () => void,
  signal: AbortSignal,
): CardHost {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let anchor: Element | null = null;

  const place = () => {
    if (!host || !anchor) return;
    const rect = anchor.getBoundingClientRect();
    const viewport = viewportSize(document);
    if (!anchor.isConnected || rect.bottom < 0 || rect.top > viewport.height) return onAnchorGone();

    const size = host.getBoundingClientRect();
    const { top, left, maxHeight } = placeCard(rect, size, viewport);
    setVar(host, '--rc-max-height', `${Math.floor(maxHeight)}px`);
    setVar(host, '--rc-top', `${Math.round(top)}px`);
    setVar(host, '--rc-left', `${Math.round(left)}px`);
    setVar(host, '--rc-visibility', 'visible');
  };

  const ensureHost = () => {
    if (host && container) return { host, container };
    host = document.createElement(CARD_TAG);
    container = attachStyledShadow(host, `${HOST_CSS}${CARD_CSS}${CAP_CSS}`);
    document.documentElement.append(host);
    watchPlacement(host, place, signal);
    return { host, container };
  };

  signal.addEventListener('abort', () => {
    if (container) render(null, container);
    host?.remove();
  });

  return {
    show(props, identity, nextAnchor) {
      const parts = ensureHost();
      anchor = nextAnchor;
      setVar(parts.host, '--rc-display', 'block');
      // Exposed for tests and benchmarks: loading, ready, unmatched or error.
      parts.host.setAttribute('data-state', cardState(props));
      render(<Card key={identity} {...props} />, parts.container);
      place();
    },
    hide() {
      anchor = null;
      if (!host || !container) return;
      render(null, container);
      host.removeAttribute('data-state');
      setVar(host, '--rc-display', 'none');
      setVar(host, '--rc-visibility', 'hidden');
    },
    focus() {
      container?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    get element() {
      return host;
    },
  };
}

// Fixed over the page and out of its CSS's reach. Position and visibility come from
// custom properties set on the host, since the rule's `all: initial` overrides inline styles.
// Hidden until placed, so the card never flashes at the corner of the page.
const HOST_CSS = hostRule({
  position: 'fixed',
  top: 'var(--rc-top, 0)',
  left: 'var(--rc-left, 0)',
  'z-index': '2147483647',
  display: 'var(--rc-display, none)',
  visibility: 'var(--rc-visibility, hidden)',
  'font-size': 'medium',
  'pointer-events': 'auto',
});
// The placement caps the card to the room beside its anchor; it scrolls inside beyond that.
const CAP_CSS = '.card { max-height: min(36em, var(--rc-max-height, calc(100vh - 1em))); }';

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

/** Inline and important, so a page rule cannot move or hide the card through the variables. */
function setVar(host: HTMLElement, name: string, value: string): void {
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
