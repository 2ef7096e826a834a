/**
 * One run of the content script on one page state: detection, badges,
 * lookups in viewport order and the card. In-page navigation and turning the
 * site off or on abort the run (removing its badges) and start a new one.
 *
 * Every detected title gets its badge host at once, but a bare one (data
 * attributes only). Drawing it and asking about it wait until the title
 * comes near the viewport, and that work is time-sliced like detection, so
 * a page with thousands of titles costs little more than one with a screenful.
 *
 * The run starts while the page is still being parsed; until it is parsed,
 * titles are only recalled from the cache (see while-parsing.ts).
 */
import {
  createWorkQueue,
  watchTitles,
  type DetectedTitle,
  type SliceOptions,
} from '../../utils/detect';
import { reportError } from '../../utils/logger';
import type { Settings } from '../../utils/settings';
import type { SiteAdapter } from '../../utils/sites/types';
import type { Priority } from '../../utils/messages';
import type { TitleRef } from '../../utils/types';
import { createCardController, type CardController } from './card-controller';
import type { CardHost } from './card-host';
import { forgetCorrection, saveCorrection } from './corrections';
import type { DetailsCache } from './details-cache';
import { badgeModel, createEntry, placeBadge, retarget, type TitleEntry } from './entries';
import type { LookupPool } from './lookup-pool';
import { createLookups, type Lookups, type RecallFn } from './lookups';
import { createRegistry, type Registry } from './registry';
import { bindTitleEvents } from './title-events';
import { createViewportWatcher, type ViewportWatcher } from './viewport-watcher';
import { createWhileParsing } from './while-parsing';

export interface RunDeps {
  adapters: SiteAdapter[];
  settings(): Settings;
  cardHost: CardHost;
  details: DetailsCache;
  /** Answers shared by identical queries for the page's lifetime, across runs. */
  pool: LookupPool;
  /** What the worker's cache knows, for titles read while the page loads. */
  recall: RecallFn;
  /** Queries the user marked "not a title" on this page; their badges stay away. */
  dismissed: Set<string>;
  signal: AbortSignal;
  /** Slicing of the drawing work (tests); detection slices the same way by default. */
  slices?: SliceOptions;
}

export interface Run {
  readonly registry: Registry;
  readonly card: CardController;
  readonly lookups: Lookups;
  /** Redraws every badge after the badge style or theme changed. */
  restyle(): void;
}

/** Starts detecting and badging; everything stops when `deps.signal` aborts. */
export function startRun(deps: RunDeps): Run {
  const registry = createRegistry();
  const look = () => ({ style: deps.settings().badgeStyle, theme: deps.settings().theme });
  const draw = (entry: TitleEntry) => entry.view.update(badgeModel(entry, look()));

  // Titles that came near, best first: ask, then draw the badge, a slice at a time.
  const near = createWorkQueue(deps.signal, deps.slices);
  const parsing = createWhileParsing(() => lookups, document.readyState === 'loading');
  const bringNear = (entry: TitleEntry, priority: Priority) => {
    if (entry.controller.signal.aborted) return;
    if (parsing.active) parsing.cameNear(entry);
    else if (!entry.asked) lookups.ask(entry, priority);
    entry.view.mount();
  };

  // The callbacks below refer to each other; they only run after this function returns.
  const viewport: ViewportWatcher<TitleEntry> = createViewportWatcher((batch) => {
    for (const { item } of batch) viewport.unwatch(item);
    // While the page loads, the parser holds the main thread for long stretches: the batch's
    // recall (one message) goes out now, so its answer is back by the next pause, drawn or not.
    batch.forEach(({ item }) => parsing.cameNear(item));
    near.add(
      batch.map(
        ({ item, priority }) =>
          () =>
            bringNear(item, priority),
      ),
    );
  }, deps.signal);
  const watchEntry = (entry: TitleEntry) => {
    viewport.watch(entry.element, entry);
    // A badge inside its title is seen with it; one placed elsewhere is watched on its own.
    if (!entry.element.contains(entry.view.host)) viewport.watch(entry.view.host, entry);
  };

  const lookups = createLookups({
    pool: deps.pool,
    recall: deps.recall,
    registry,
    updated: (entry) => {
      // Dismissed in an earlier visit (or another tab): the title goes, as it did there.
      if (entry.result?.status === 'unmatched' && entry.result.dismissed) {
        return dismiss(entry.queryKey);
      }
      draw(entry);
      card.refresh(entry);
    },
    requeue: watchEntry,
  });

  const remove = (entry: TitleEntry) => {
    if (card.isOpenFor(entry)) card.close(false);
    viewport.unwatch(entry);
    entry.controller.abort();
    entry.view.destroy();
    registry.delete(entry);
  };

  // "Not a title": every badge of the query goes, and it is not badged again on this page.
  const dismiss = (key: string) => {
    deps.dismissed.add(key);
    registry.withQuery(key).forEach(remove);
  };

  const card = createCardController({
    host: deps.cardHost,
    details: deps.details,
    lookups,
    settings: deps.settings,
    correct: (entry: TitleEntry, ref: TitleRef | null) =>
      saveCorrection(entry, ref, {
        redo: (key) => lookups.redo(key),
        dismiss,
      }),
    forget: (entry: TitleEntry) => forgetCorrection(entry, { redo: (key) => lookups.redo(key) }),
    signal: deps.signal,
  });

  bindTitleEvents(document, registry, card, deps.signal);
  const found = (entry: TitleEntry) => parsing.found(entry);
  const handlers = titleHandlers({ registry, deps, look, watchEntry, found, remove, card, draw });
  const parsed = () => parsing.parsed();
  watchTitles(document, deps.adapters, handlers, deps.signal, { slices: deps.slices, parsed });
  deps.signal.addEventListener('abort', () => registry.all().forEach(remove), { once: true });

  return {
    registry,
    card,
    lookups,
    restyle() {
      for (const entry of registry.all()) {
        draw(entry);
        card.refresh(entry);
      }
    },
  };
}

interface HandlerParts {
  registry: Registry;
  deps: RunDeps;
  look(): { style: Settings['badgeStyle']; theme: Settings['theme'] };
  watchEntry(entry: TitleEntry): void;
  /** A new title was badged. */
  found(entry: TitleEntry): void;
  remove(entry: TitleEntry): void;
  card: CardController;
  draw(entry: TitleEntry): void;
}

/** found / changed / lost from the detector, turned into badge work. */
function titleHandlers(parts: HandlerParts) {
  const { registry, deps } = parts;

  const found = (title: DetectedTitle): void => {
    if (deps.signal.aborted) return;
    if (registry.byElement(title.element)) return changed(title);
    const entry = createEntry(title.element, title.query, parts.look());
    if (deps.dismissed.has(entry.queryKey) || !placeSafely(entry, title)) {
      entry.view.destroy();
      return;
    }
    registry.add(entry);
    parts.watchEntry(entry);
    parts.found(entry);
  };

  // A reused element now shows another title: same badge, new question.
  const changed = (title: DetectedTitle): void => {
    const entry = registry.byElement(title.element);
    if (!entry) return found(title);
    placeSafely(entry, title);
    if (!retarget(entry, title.query)) return parts.draw(entry);
    if (deps.dismissed.has(entry.queryKey)) return parts.remove(entry);

    parts.draw(entry);
    parts.card.refresh(entry);
    parts.watchEntry(entry);
  };

  const lost = (element: Element) => {
    const entry = registry.byElement(element);
    if (entry) parts.remove(entry);
  };

  return { found, changed, lost };
}

/** Places the badge; a placement the page refuses costs this title its badge, nothing more. */
function placeSafely(entry: TitleEntry, title: DetectedTitle): boolean {
  try {
    return placeBadge(entry.view.host, title.placement);
  } catch (error) {
    reportError('badge placement', error);
    return false;
  }
}
