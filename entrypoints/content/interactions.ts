/**
 * The listeners of one title: hover over the badge or the title element,
 * focus and keys on the badge, and clicks that open the card instead of
 * following the site's link. Only events the user caused count; a page
 * script dispatching events at us opens nothing and asks for nothing.
 */
import { isTrusted } from '../../components/shared/trusted';
import type { CardController } from './card-controller';
import type { TitleEntry } from './entries';

// Pointer and mouse events that would reach the site's own handlers (a tile's link, a drag).
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'auxclick', 'dblclick'];

/** Binds the entry's listeners; they end with the entry's controller. */
export function bindEntry(entry: TitleEntry, card: CardController): void {
  const signal = entry.controller.signal;
  const host = entry.view.host;
  const on = (target: EventTarget, type: string, handler: (event: Event) => void) =>
    target.addEventListener(type, (event) => isTrusted(event) && handler(event), { signal });

  bindHover(entry, card, [host, entry.element], on);

  on(host, 'focus', () => card.hoverStart(entry));
  on(host, 'blur', () => card.hoverEnd(entry));
  on(host, 'keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    swallow(event);
    card.open(entry, true);
  });

  // Clicks on the badge open the card and never follow the enclosing link, trusted or not.
  host.addEventListener(
    'click',
    (event) => {
      swallow(event);
      if (isTrusted(event)) card.toggle(entry);
    },
    { signal },
  );
  for (const type of SWALLOWED) host.addEventListener(type, stopOnly, { signal });
}

type On = (target: EventTarget, type: string, handler: (event: Event) => void) => void;

/**
 * Hover intent over the badge and the title together: moving from one to
 * the other is not a leave, so the card neither restarts nor closes.
 */
function bindHover(entry: TitleEntry, card: CardController, targets: EventTarget[], on: On) {
  const inside = new Set<EventTarget>();
  for (const target of targets) {
    on(target, 'mouseenter', () => {
      inside.add(target);
      if (inside.size === 1) card.hoverStart(entry);
    });
    on(target, 'mouseleave', () => {
      inside.delete(target);
      if (inside.size === 0) card.hoverEnd(entry);
    });
  }
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}

function stopOnly(event: Event): void {
  event.stopPropagation();
}
