// @vitest-environment happy-dom
/**
 * One run end to end on a happy-dom page, with the detector and the
 * background stubbed: one badge per title, no request before a title comes
 * near, one request per distinct query, and badges that follow the
 * detector's changed / lost and leave with the run.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardHost } from '../../../entrypoints/content/card-host';
import { createDetailsCache } from '../../../entrypoints/content/details-cache';
import { createLookupPool } from '../../../entrypoints/content/lookup-pool';
import { startRun } from '../../../entrypoints/content/run';
import { sendMessage } from '../../../utils/messages';
import type { DetectedTitle } from '../../../utils/detect';
import { defaultSettings } from '../../../utils/settings';
import type { LookupResult, TitleQuery } from '../../../utils/types';
import { FIGHT_CLUB_SUMMARY } from '../components/fixtures';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

type Handlers = {
  found(t: DetectedTitle): void;
  changed(t: DetectedTitle): void;
  lost(e: Element): void;
};
const detector = vi.hoisted(() => ({
  handlers: null as null | Handlers,
  parsed: undefined as undefined | (() => void),
}));
vi.mock('../../../utils/detect', async (original) => ({
  ...(await original<object>()),
  watchTitles: (
    _doc: Document,
    _adapters: unknown,
    handlers: Handlers,
    _signal: AbortSignal,
    options: { parsed?: () => void },
  ) => {
    detector.handlers = handlers;
    detector.parsed = options.parsed;
  },
}));

const background = vi.hoisted(() => ({ lookup: vi.fn(), recall: vi.fn() }));
vi.mock('../../../utils/messages', async (original) => ({
  ...(await original<object>()),
  sendMessage: (name: string, request: { query: TitleQuery }) => background.lookup(name, request),
}));

// happy-dom lays nothing out, so the observer reports a box near the top of the screen.
const ON_SCREEN = { top: 10, bottom: 30, left: 10, right: 110 };

/** Stands in for the one IntersectionObserver; `near()` reports targets as intersecting. */
class FakeObserver {
  static last: FakeObserver;
  targets = new Set<Element>();
  constructor(private callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  near(targets: Element[]) {
    const entries = targets
      .filter((target) => this.targets.has(target))
      .map((target) => ({ target, isIntersecting: true, boundingClientRect: ON_SCREEN }));
    this.callback(
      entries as unknown as IntersectionObserverEntry[],
      this as unknown as IntersectionObserver,
    );
  }
}

const matched: LookupResult = { status: 'matched', summary: FIGHT_CLUB_SUMMARY, corrected: false };
const noCard = {
  show: vi.fn(),
  prepare: vi.fn(),
  stage: vi.fn(),
  hide: vi.fn(),
  focus: vi.fn(),
  element: null,
} satisfies CardHost;

function tile(title: string): DetectedTitle {
  const element = document.createElement('a');
  element.textContent = title;
  document.body.append(element);
  return { element, query: { title }, placement: { anchor: element, position: 'beforeend' } };
}

function start() {
  const controller = new AbortController();
  const settings = defaultSettings('en-US');
  const run = startRun({
    adapters: [],
    settings: () => settings,
    cardHost: noCard,
    details: createDetailsCache(vi.fn()),
    pool: createLookupPool((query, priority) => sendMessage('lookup', { query, priority })),
    recall: background.recall,
    dismissed: new Set(),
    signal: controller.signal,
    // One slice for everything: the tests do not depend on the clock.
    slices: { budgetMs: Infinity },
  });
  return { run, controller, handlers: detector.handlers! };
}

const badges = () => [...document.querySelectorAll('reelcard-badge')];

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  background.lookup.mockReset().mockResolvedValue(matched);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('a run', () => {
  it('puts one loading badge on each title and asks nothing until it comes near', () => {
    const { handlers, controller } = start();
    const title = tile('Fight Club');
    handlers.found(title);
    handlers.found(title);

    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.getAttribute('data-state')).toBe('loading');
    expect(badges()[0]!.getAttribute('data-title')).toBe('Fight Club');
    expect(background.lookup).not.toHaveBeenCalled();
    controller.abort();
  });

  it('draws a badge only once its title comes near', () => {
    const { handlers, controller } = start();
    const near = tile('Fight Club');
    const far = tile('Heat');
    handlers.found(near);
    handlers.found(far);
    expect(badges().every((b) => (b as HTMLElement).hidden)).toBe(true);
    expect(badges()[0]!.hasAttribute('role')).toBe(false);

    FakeObserver.last.near([near.element]);

    const [drawn, bare] = badges() as HTMLElement[];
    expect(drawn!.hidden).toBe(false);
    expect(drawn!.getAttribute('role')).toBe('button');
    expect(bare!.hidden).toBe(true);
    expect(bare!.getAttribute('data-state')).toBe('loading');
    controller.abort();
  });

  it('asks once for identical titles and marks both badges matched', async () => {
    const { handlers, controller } = start();
    const first = tile('Fight Club');
    const second = tile('Fight Club');
    handlers.found(first);
    handlers.found(second);

    FakeObserver.last.near([first.element, second.element]);
    await vi.waitFor(() =>
      expect(badges().every((b) => b.getAttribute('data-state') === 'matched')).toBe(true),
    );

    expect(background.lookup).toHaveBeenCalledTimes(1);
    expect(background.lookup).toHaveBeenCalledWith('lookup', {
      query: { title: 'Fight Club' },
      priority: 'visible',
    });
    expect(badges()[0]!.getAttribute('data-tmdb-id')).toBe('550');
    expect(badges()[0]!.getAttribute('data-tmdb-type')).toBe('movie');
    controller.abort();
  });

  it('updates the same badge when a reused element shows another title', () => {
    const { handlers, controller } = start();
    const title = tile('Fight Club');
    handlers.found(title);
    const badge = badges()[0];

    handlers.changed({ ...title, query: { title: 'Se7en', year: 1995 } });

    expect(badges()).toEqual([badge]);
    expect(badge!.getAttribute('data-title')).toBe('Se7en');
    expect(badge!.getAttribute('data-year')).toBe('1995');
    controller.abort();
  });

  it('removes the badge of a lost title, and every badge when the run stops', () => {
    const { handlers, controller } = start();
    const first = tile('Fight Club');
    handlers.found(first);
    handlers.found(tile('Heat'));

    handlers.lost(first.element);
    expect(badges().map((b) => b.getAttribute('data-title'))).toEqual(['Heat']);

    controller.abort();
    expect(badges()).toHaveLength(0);
  });

  describe('while the page is still being parsed', () => {
    beforeEach(() => {
      vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
      background.recall.mockReset();
    });
    afterEach(() => vi.restoreAllMocks());

    it('recalls titles that come near and asks TMDB about none of them', async () => {
      const full = { title: 'Fight Club', year: 1999, type: 'movie' as const, pageId: 'netflix:1' };
      background.recall.mockResolvedValue({ query: full, result: matched });
      const { handlers, controller } = start();
      const title = tile('Fight Club');
      handlers.found({ ...title, query: { title: 'Fight Club', pageId: 'netflix:1' } });

      FakeObserver.last.near([title.element]);
      await vi.waitFor(() => expect(badges()[0]!.getAttribute('data-state')).toBe('matched'));

      expect(background.recall).toHaveBeenCalledWith({ title: 'Fight Club', pageId: 'netflix:1' });
      expect(background.lookup).not.toHaveBeenCalled();
      // The recalled query's year is the badge's, as if the page had been read in full.
      expect(badges()[0]!.getAttribute('data-year')).toBe('1999');
      detector.parsed!();
      expect(background.lookup).not.toHaveBeenCalled();
      controller.abort();
    });

    it('asks about titles the cache did not know once the page is parsed', async () => {
      background.recall.mockResolvedValue(null);
      const { handlers, controller } = start();
      const near = tile('Heat');
      handlers.found(near);
      handlers.found(tile('Se7en'));

      FakeObserver.last.near([near.element]);
      // Both are among the first titles read, so both are recalled at once, near or not.
      await vi.waitFor(() => expect(background.recall).toHaveBeenCalledTimes(2));
      expect(background.lookup).not.toHaveBeenCalled();

      detector.parsed!();
      await vi.waitFor(() => expect(badges()[0]!.getAttribute('data-state')).toBe('matched'));
      // Only the title that came near; the far one still waits to come near.
      expect(background.lookup).toHaveBeenCalledTimes(1);
      expect(background.lookup).toHaveBeenCalledWith('lookup', {
        query: { title: 'Heat' },
        priority: 'visible',
      });
      controller.abort();
    });
  });

  it('shows no badge for a title the user said is not a title', async () => {
    background.lookup.mockResolvedValueOnce({
      status: 'unmatched',
      candidates: [],
      dismissed: true,
    });
    const { handlers, controller } = start();
    const title = tile('Trending Now');
    handlers.found(title);

    FakeObserver.last.near([title.element]);
    await vi.waitFor(() => expect(badges()).toHaveLength(0));

    handlers.found(tile('Trending Now'));
    expect(badges()).toHaveLength(0);
    controller.abort();
  });
});
