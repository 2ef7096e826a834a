/**
 * Page-level events around the open card: the pointer entering and leaving
 * it (the grace period), Escape, and focus or clicks moving elsewhere. Events
 * from inside the closed shadow root reach the document retargeted to the
 * host, which is how they are told apart from the page's.
 */
import { isTrusted } from '../../components/shared/trusted';
import type { CardController } from './card-controller';
import type { CardHost } from './card-host';
import type { TitleEntry } from './entries';
import type { Timer } from './timer';

/** How long the card waits for the pointer to come back after leaving it or its badge. */
export const GRACE_MS = 300;

/** Listens on the document until `signal` aborts. */
export function bindCardHost(
  host: CardHost,
  card: CardController,
  closing: Timer,
  openEntry: () => TitleEntry | null,
  signal: AbortSignal,
): void {
  const doc = document;
  const options = { capture: true, passive: true, signal };
  // Inside the card or on the badge it belongs to: neither closes the card.
  const ours = (target: EventTarget | null) => {
    const entry = openEntry();
    return target !== null && (target === host.element || target === entry?.view.host);
  };
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    passive = true,
  ) =>
    doc.addEventListener(type, (e) => isTrusted(e) && openEntry() && handler(e), {
      ...options,
      passive,
    });

  on('mouseover', (event) => {
    if (event.target === host.element) closing.stop();
  });
  on('mouseout', (event) => {
    const leftCard = event.target === host.element && event.relatedTarget !== host.element;
    if (leftCard) closing.start(() => card.close(false, true), GRACE_MS);
  });
  on('focusin', (event) => {
    // Focus moving from the badge into the card must not let the badge's blur close it.
    if (event.target === host.element) closing.stop();
    else if (!ours(event.target)) card.close(false);
  });
  on('pointerdown', (event) => !ours(event.target) && card.close(false));
  on('keydown', (event) => event.key === 'Escape' && card.close(true));
}
