/**
 * Opening and closing the one hover card of a run. Hover intent (the
 * settings' delay) over a badge or its title opens it, as do keyboard focus,
 * Enter, Space and clicks on the badge; leaving starts a grace period that
 * entering the card cancels; Escape closes it and gives focus back. Details
 * are asked only once the card really opens; during the hover delay the
 * hidden card is drawn from what the page already knows, so opening it then
 * is only showing it.
 */
import type { Settings } from '../../utils/settings';
import type { TitleRef } from '../../utils/types';
import type { CardHost } from './card-host';
import { cardIdentity, cardProps, summaryOf, type DetailsState } from './card-props';
import type { DetailsCache } from './details-cache';
import type { TitleEntry } from './entries';
import type { Lookups } from './lookups';
import { kindOf } from './lookups';
import { bindCardHost, GRACE_MS } from './card-events';
import { searchTitles } from './corrections';
import { createTimer } from './timer';

export interface CardController {
  hoverStart(entry: TitleEntry): void;
  hoverEnd(entry: TitleEntry): void;
  /** Opens now (click, Enter, Space, the popup); `focusCard` moves keyboard focus into it. */
  open(entry: TitleEntry, focusCard: boolean): void;
  /** Click on the badge: opens, or closes when this badge's card is open. */
  toggle(entry: TitleEntry): void;
  /** Redraws the card if it shows `entry` (its lookup moved on). */
  refresh(entry: TitleEntry): void;
  /**
   * Closes the card. `keepPending` is for the grace period running out: the
   * pointer may have moved on to another title, whose pending open survives.
   */
  close(returnFocus: boolean, keepPending?: boolean): void;
  isOpenFor(entry: TitleEntry): boolean;
}

export interface CardDeps {
  host: CardHost;
  details: DetailsCache;
  lookups: Lookups;
  settings(): Settings;
  /** Saves a correction and updates every badge of the title. */
  correct(entry: TitleEntry, ref: TitleRef | null): Promise<void>;
  /** Forgets the user's correction of the title and updates every badge of it. */
  forget(entry: TitleEntry): Promise<void>;
  signal: AbortSignal;
}

interface Open {
  entry: TitleEntry;
  returnFocus: Element | null;
  /** Which match `details` belongs to ("movie:550"); a correction changes the match. */
  detailsFor: string | null;
  details: DetailsState;
}

const NO_DETAILS: DetailsState = { details: null, errorKind: null };

/**
 * How long before the hover delay ends the card drawn ahead is moved to its
 * place, still transparent: time for the page to repaint for it (10 to 25 ms
 * on a page of thousands of tiles) and for its images to arrive and be
 * painted, so that opening it needs no repaint. Not at once: a pointer
 * sweeping across titles stages no card.
 */
export const STAGE_LEAD_MS = 250;

/** The card controller of one run; the card closes when the run's signal aborts. */
export function createCardController(deps: CardDeps): CardController {
  let open: Open | null = null;
  const opening = createTimer(deps.signal);
  const closing = createTimer(deps.signal);
  const preparing = createTimer(deps.signal);
  const staging = createTimer(deps.signal);
  let pendingEntry: TitleEntry | null = null;

  const draw = () => {
    if (!open) return;
    const { entry } = open;
    const summary = summaryOf(entry);
    const matchKey = summary ? `${summary.type}:${summary.id}` : null;
    if (open.detailsFor !== matchKey) {
      open.detailsFor = matchKey;
      open.details = knownDetails(entry);
    }

    deps.host.show(propsFor(entry, open.details), cardIdentity(entry), anchorOf(entry));
    fetchDetails(open);
  };

  // Details this page already has, so a reopened card paints complete at once.
  const knownDetails = (entry: TitleEntry): DetailsState => {
    const summary = summaryOf(entry);
    const details = summary && deps.details.peek({ type: summary.type, id: summary.id });
    return details ? { details, errorKind: null } : NO_DETAILS;
  };

  const propsFor = (entry: TitleEntry, details: DetailsState) => {
    const actions = {
      retry: () => retry(entry),
      correction: {
        candidates: entry.result?.status === 'unmatched' ? entry.result.candidates : [],
        search: searchTitles,
        choose: (ref: TitleRef | null) => deps.correct(entry, ref),
        forget: isCorrected(entry) ? () => deps.forget(entry) : undefined,
      },
    };
    return cardProps(entry, details, deps.settings(), actions);
  };

  // Details are asked only for an open card with a match and nothing fetched yet.
  const fetchDetails = (current: Open) => {
    const summary = summaryOf(current.entry);
    if (!summary || current.details.details || current.details.errorKind) return;
    const forMatch = current.detailsFor;
    const settle = (state: DetailsState) => {
      // The card may have closed, moved to another title or been corrected meanwhile.
      if (current !== open || current.detailsFor !== forMatch) return;
      current.details = state;
      draw();
    };
    deps.details.get({ type: summary.type, id: summary.id }).then(
      (details) => settle({ details, errorKind: null }),
      (error: unknown) => settle({ details: null, errorKind: kindOf(error) }),
    );
  };

  const prepare = (entry: TitleEntry) => {
    if (open) return;
    const known = knownDetails(entry);
    deps.host.prepare(propsFor(entry, known), cardIdentity(entry), anchorOf(entry));
    const summary = summaryOf(entry);
    if (known.details || !summary) return;

    // The worker's cache may hold the details (no TMDB request): then the card is drawn
    // complete before it opens, and opening it draws nothing new.
    const stillWaiting = () => !open && pendingEntry === entry && opening.running;
    deps.details.recall({ type: summary.type, id: summary.id }).then(
      (details) => {
        if (!details || !stillWaiting()) return;
        const props = propsFor(entry, { details, errorKind: null });
        deps.host.prepare(props, cardIdentity(entry), anchorOf(entry));
      },
      // Nothing lost: opening the card asks for the details as usual.
      () => undefined,
    );
  };

  const stage = (entry: TitleEntry) => {
    if (!open && pendingEntry === entry && opening.running) deps.host.stage(anchorOf(entry));
  };

  // The pending open is given up: its card, drawn ahead and perhaps staged, goes away.
  const cancelPending = () => {
    opening.stop();
    preparing.stop();
    staging.stop();
    if (!open) deps.host.hide();
  };

  const retry = (entry: TitleEntry) => {
    if (!open || open.entry !== entry) return;
    open.details = NO_DETAILS;
    if (entry.state === 'error') deps.lookups.ask(entry, 'card');
    draw();
  };

  const show = (entry: TitleEntry, focusCard: boolean) => {
    opening.stop();
    staging.stop();
    closing.stop();
    if (open?.entry !== entry) {
      const returnFocus = entry.element.ownerDocument.activeElement;
      open = { entry, returnFocus, detailsFor: null, details: NO_DETAILS };
    }
    // A title hovered before it came near the viewport has not asked yet.
    if (!entry.asked) deps.lookups.ask(entry, 'card');
    draw();
    if (focusCard) deps.host.focus();
  };

  const close = (returnFocus: boolean, keepPending = false) => {
    if (!keepPending) {
      opening.stop();
      staging.stop();
    }
    closing.stop();
    if (!open) return;
    const target = open.returnFocus;
    open = null;
    deps.host.hide();
    if (returnFocus && target instanceof HTMLElement && target.isConnected) target.focus();
  };

  const controller: CardController = {
    hoverStart(entry) {
      if (open?.entry === entry) return closing.stop();
      if (pendingEntry === entry && opening.running) return;
      pendingEntry = entry;
      const delay = deps.settings().cardDelayMs;
      opening.start(() => show(entry, false), delay);
      // The delay is free time: the hidden card is drawn then from what is known, in a task
      // of its own so the pointer's event is not held up, and put in place, transparent,
      // before it ends. Only a matched card: an unmatched one opens its picker, which
      // searches TMDB at once.
      if (!open && summaryOf(entry)) {
        preparing.start(() => prepare(entry), 0);
        staging.start(() => stage(entry), Math.max(0, delay - STAGE_LEAD_MS));
      }
    },
    hoverEnd(entry) {
      // A mouse-leave before the delay cancels the open, so nothing is asked.
      if (pendingEntry === entry && opening.running) cancelPending();
      if (open?.entry === entry) closing.start(() => close(false, true), GRACE_MS);
    },
    open: show,
    toggle(entry) {
      if (open?.entry === entry) close(false);
      else show(entry, false);
    },
    refresh(entry) {
      if (open?.entry === entry) draw();
    },
    close,
    isOpenFor: (entry) => open?.entry === entry,
  };

  bindCardHost(deps.host, controller, closing, () => open?.entry ?? null, deps.signal);
  deps.signal.addEventListener('abort', () => close(false), { once: true });
  return controller;
}

/** Whether the entry's match is the user's own correction. */
function isCorrected(entry: TitleEntry): boolean {
  return entry.result?.status === 'matched' && entry.result.corrected;
}

/** The badge when it is drawn; the title element when the badge is invisible (style "none"). */
function anchorOf(entry: TitleEntry): Element {
  const rect = entry.view.host.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? entry.view.host : entry.element;
}
