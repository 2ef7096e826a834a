/**
 * The gestures on titles and badges, through a handful of listeners on the
 * document instead of a dozen per title: a page with thousands of titles
 * would otherwise pay for tens of thousands of listeners. Hover over the
 * badge or its title element opens the card, as do focus, Enter and Space on
 * the badge and clicks on it, which never follow the site's link.
 *
 * Events from inside a badge's closed shadow root reach the document
 * retargeted to its host, so `event.target` is the host. Only events the user
 * caused count; a page script dispatching events at us opens nothing and asks
 * for nothing.
 */
import { isTrusted } from '../../components/shared/trusted';
import { BADGE_TAG } from '../../components/badge/mount-badge';
import type { CardController } from './card-controller';
import type { TitleEntry } from './entries';
import type { Registry } from './registry';

// Pointer and mouse events on a badge that would reach the site's own handlers (a tile's link, a drag).
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'auxclick', 'dblclick'];

/** Listens on `document` for the run's titles until `signal` aborts. */
export function bindTitleEvents(
  document: Document,
  registry: Registry,
  card: CardController,
  signal: AbortSignal,
): void {
  // Capture on the document: we see the event before the site's handlers on the way down.
  const on = (type: string, handler: (event: Event) => void) =>
    document.addEventListener(type, handler, { capture: true, signal });
  const badgeOf = (target: EventTarget | null) =>
    target instanceof Element && target.localName === BADGE_TAG
      ? registry.byHost(target)
      : undefined;

  bindHover(on, registry, card);

  on('focusin', (event) => whenTrusted(event, badgeOf(event.target), card.hoverStart));
  on('focusout', (event) => whenTrusted(event, badgeOf(event.target), card.hoverEnd));
  on('keydown', (event) => {
    const entry = badgeOf(event.target);
    const key = (event as KeyboardEvent).key;
    if (!entry || !isTrusted(event) || (key !== 'Enter' && key !== ' ')) return;
    swallow(event);
    card.open(entry, true);
  });

  // Clicks on a badge open the card and never follow the enclosing link, trusted or not.
  on('click', (event) => {
    const entry = badgeOf(event.target);
    if (!entry) return;
    swallow(event);
    if (isTrusted(event)) card.toggle(entry);
  });
  for (const type of SWALLOWED) {
    on(type, (event) => badgeOf(event.target) && event.stopPropagation());
  }
}

type On = (type: string, handler: (event: Event) => void) => void;

/**
 * Hover intent over a badge and its title together, from mouseover and
 * mouseout: the pointer entered an entry's area when it came from outside
 * that area, and left it when it went outside. Moving between the title and
 * its badge is neither, so the card neither restarts nor closes.
 */
function bindHover(on: On, registry: Registry, card: CardController): void {
  const crossing = (event: Event, action: (entry: TitleEntry) => void) => {
    if (!isTrusted(event)) return;
    const entry = entryAt((event as MouseEvent).target, registry);
    if (entry && entryAt((event as MouseEvent).relatedTarget, registry) !== entry) action(entry);
  };
  on('mouseover', (event) => crossing(event, card.hoverStart));
  on('mouseout', (event) => crossing(event, card.hoverEnd));
}

/** The entry whose badge or title element holds `target`; the innermost one wins. */
export function entryAt(target: EventTarget | null, registry: Registry): TitleEntry | undefined {
  if (!(target instanceof Element)) return undefined;
  for (let node: Element | null = target; node; node = node.parentElement) {
    const entry = node.localName === BADGE_TAG ? registry.byHost(node) : registry.byElement(node);
    if (entry) return entry;
  }
  return undefined;
}

function whenTrusted(
  event: Event,
  entry: TitleEntry | undefined,
  action: (entry: TitleEntry) => void,
): void {
  if (entry && isTrusted(event)) action(entry);
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}
