// @vitest-environment happy-dom
/**
 * Live detection while the document is still being parsed: no observer
 * then, a look for new titles every PARSE_POLL_MS, candidates without a
 * title yet read again, and one full re-read (then `parsed`) once the page
 * is parsed. The parse state and its end are faked; timers are fake too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTitles, type DetectedTitle, type WatchOptions } from '../../../utils/detect';
import { PARSE_POLL_MS } from '../../../utils/detect/watch';
import type { SiteAdapter } from '../../../utils/sites/types';

/**
 * Tiles show their title as text; the year sits in page data elsewhere in
 * the document (like Netflix's inline data), so a tile read before that data
 * is parsed reads without it.
 */
const reads = vi.fn();
const TILES: SiteAdapter = {
  id: 'generic',
  name: 'Tiles with page data',
  matches: () => true,
  targets: [
    {
      selector: 'a.tile',
      read: (element, document) => {
        reads(element);
        const title = element.textContent?.trim();
        if (!title) return null;
        const facts = document.querySelector(`[data-facts="${title}"]`);
        const year = facts?.getAttribute('data-year');
        return year ? { title, year: Number(year) } : { title };
      },
    },
  ],
};

/** Counts the observers created: none should exist while the page is parsed. */
let observers = 0;
const RealObserver = globalThis.MutationObserver;
class CountedObserver extends RealObserver {
  constructor(callback: MutationCallback) {
    super(callback);
    observers += 1;
  }
}

let queued: (() => void)[] = [];
const schedule = (run: () => void) => queued.push(run);

/** Lets the observer deliver its records (a microtask), then runs the batched flush. */
async function deliver(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  const runs = queued;
  queued = [];
  runs.forEach((run) => run());
}

let readyState: DocumentReadyState;
let controller: AbortController;

/** `onFound` runs after each found title is recorded, e.g. to abort the run from inside it. */
function start(options: WatchOptions = {}, onFound?: (t: DetectedTitle) => void) {
  const events: string[] = [];
  const lost: Element[] = [];
  const describeTitle = (t: DetectedTitle) =>
    t.query.year ? `${t.query.title} ${t.query.year}` : t.query.title;
  const handlers = {
    found: (t: DetectedTitle) => {
      events.push(`found ${describeTitle(t)}`);
      onFound?.(t);
    },
    changed: (t: DetectedTitle) => events.push(`changed ${describeTitle(t)}`),
    lost: (element: Element) => {
      events.push(`lost ${element.textContent}`);
      lost.push(element);
    },
  };
  const parsed = vi.fn(() => events.push('parsed'));
  watchTitles(document, [TILES], handlers, controller.signal, {
    schedule,
    slices: { budgetMs: Infinity },
    parsed,
    ...options,
  });
  return { events, lost, parsed };
}

function tile(title = ''): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'tile';
  link.textContent = title;
  return link;
}

function facts(title: string, year: number): HTMLElement {
  const data = document.createElement('script');
  data.type = 'application/json';
  data.setAttribute('data-facts', title);
  data.setAttribute('data-year', String(year));
  return data;
}

const row = () => document.getElementById('row')!;

/** The parser reaching the end of the document. */
/** The parser is done; the next look (at most PARSE_POLL_MS later) sees it. */
function finishParsing(): void {
  readyState = 'interactive';
  vi.advanceTimersByTime(PARSE_POLL_MS);
}

beforeEach(() => {
  document.body.replaceChildren();
  const div = document.createElement('div');
  div.id = 'row';
  document.body.append(div);
  row().append(tile('Heat'));

  queued = [];
  observers = 0;
  reads.mockClear();
  readyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  vi.stubGlobal('MutationObserver', CountedObserver);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  controller = new AbortController();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('watchTitles while the page is being parsed', () => {
  it('reads what is already parsed at start, without observing', () => {
    const { events } = start();
    expect(events).toEqual(['found Heat']);
    expect(observers).toBe(0);
  });

  it('finds titles the parser adds with a look every PARSE_POLL_MS', () => {
    const { events } = start();
    row().append(tile('Alien'));

    vi.advanceTimersByTime(PARSE_POLL_MS - 1);
    expect(events).toEqual(['found Heat']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['found Heat', 'found Alien']);

    row().append(tile('Aliens'));
    vi.advanceTimersByTime(PARSE_POLL_MS);
    expect(events).toEqual(['found Heat', 'found Alien', 'found Aliens']);
    expect(observers).toBe(0);
  });

  it('reports each title once, however many looks see it', () => {
    const { events } = start();
    row().append(tile('Alien'));
    vi.advanceTimersByTime(PARSE_POLL_MS * 5);
    expect(events).toEqual(['found Heat', 'found Alien']);
  });

  it('reads a candidate again on the next look when its title was not parsed yet', () => {
    const { events } = start();
    const link = tile();
    row().append(link);
    vi.advanceTimersByTime(PARSE_POLL_MS);
    expect(events).toEqual(['found Heat']);
    expect(reads).toHaveBeenCalledWith(link);

    // The parser has now reached the tile's text.
    link.textContent = 'Alien';
    vi.advanceTimersByTime(PARSE_POLL_MS);
    expect(events).toEqual(['found Heat', 'found Alien']);
  });

  it('does not read already-found titles again on each look', () => {
    start();
    const heat = row().querySelector('a')!;
    const readsOfHeat = () => reads.mock.calls.filter(([element]) => element === heat).length;
    expect(readsOfHeat()).toBe(1);
    vi.advanceTimersByTime(PARSE_POLL_MS * 4);
    expect(readsOfHeat()).toBe(1);
  });

  it('starts no second look while the reading of the last one is still in slices', () => {
    for (let i = 0; i < 100; i += 1) row().append(tile(`Film ${i}`));

    // The same page, read with the slices drained after `polls` looks.
    const readsAfter = (polls: number) => {
      controller.abort();
      controller = new AbortController();
      reads.mockClear();
      const slices: (() => void)[] = [];
      let clock = 0;
      const { events } = start({
        slices: { budgetMs: 1, now: () => (clock += 1), yieldTo: (next) => slices.push(next) },
      });
      vi.advanceTimersByTime(PARSE_POLL_MS * polls);
      while (slices.length > 0) slices.shift()!();
      expect(events.filter((e) => e.startsWith('found'))).toHaveLength(101);
      return reads.mock.calls.length;
    };

    expect(readsAfter(4)).toBe(readsAfter(1));
  });

  it('counts the first scan as a look in progress: no tile is read twice while it is in slices', () => {
    row().replaceChildren();
    for (let i = 0; i < 100; i += 1) row().append(tile(`Film ${i}`));
    const slices: (() => void)[] = [];
    let clock = 0;
    // The clock ends each slice after one job, so the first scan's four groups take four slices.
    start({
      slices: { budgetMs: 1, now: () => (clock += 1), yieldTo: (next) => slices.push(next) },
    });
    expect(slices).toHaveLength(1);
    expect(reads).toHaveBeenCalledTimes(32);

    // A look due while the first scan is still in slices would otherwise queue the 68 tiles
    // not read yet a second time.
    vi.advanceTimersByTime(PARSE_POLL_MS);
    while (slices.length > 0) slices.shift()!();
    expect(reads).toHaveBeenCalledTimes(100);
    expect(new Set(reads.mock.calls.map(([element]) => element)).size).toBe(100);

    // The next look, with the first scan done, finds nothing new to read.
    vi.advanceTimersByTime(PARSE_POLL_MS);
    while (slices.length > 0) slices.shift()!();
    expect(reads).toHaveBeenCalledTimes(100);
  });

  describe('once the page is parsed', () => {
    it('starts observing and finds later changes through the observer', async () => {
      const { events } = start();
      finishParsing();
      expect(observers).toBe(1);

      row().append(tile('Alien'));
      await deliver();
      expect(events).toEqual(['found Heat', 'parsed', 'found Alien']);
    });

    it('reads every title again: a read that changed is reported as changed', () => {
      const { events } = start();
      // Page data further down the document, parsed after the tile was read.
      document.body.append(facts('Heat', 1995));

      finishParsing();
      expect(events).toEqual(['found Heat', 'changed Heat 1995', 'parsed']);
    });

    it('reports a title that left the page while it was parsed as lost', () => {
      const { events } = start();
      row().querySelector('a')!.remove();

      finishParsing();
      expect(events).toEqual(['found Heat', 'lost Heat', 'parsed']);
    });

    it('reports a tile read mid-parse that no longer shows a title as lost', () => {
      const { events, lost } = start();
      const link = tile('A');
      row().append(link);
      vi.advanceTimersByTime(PARSE_POLL_MS);
      expect(events).toEqual(['found Heat', 'found A']);

      // Looks read only candidates not read yet, so only the re-read once parsed can tell.
      link.textContent = '';
      vi.advanceTimersByTime(PARSE_POLL_MS * 2);
      expect(lost).toEqual([]);

      finishParsing();
      expect(lost).toEqual([link]);
      expect(events).toEqual(['found Heat', 'found A', 'lost ', 'parsed']);
    });

    it('finds a candidate whose title arrived after the last look', () => {
      const { events } = start();
      const link = tile();
      row().append(link);
      vi.advanceTimersByTime(PARSE_POLL_MS);
      link.textContent = 'Alien';

      finishParsing();
      expect(events).toEqual(['found Heat', 'found Alien', 'parsed']);
    });

    it('calls `parsed` once, after the whole re-read, even if sliced', () => {
      for (let i = 0; i < 100; i += 1) row().append(tile(`Film ${i}`));
      const slices: (() => void)[] = [];
      let clock = 0;
      const { events, parsed } = start({
        slices: { budgetMs: 1, now: () => (clock += 1), yieldTo: (next) => slices.push(next) },
      });
      while (slices.length > 0) slices.shift()!();
      document.body.append(facts('Film 99', 2001));

      finishParsing();
      expect(parsed).not.toHaveBeenCalled();
      while (slices.length > 0) slices.shift()!();
      expect(parsed).toHaveBeenCalledTimes(1);
      expect(events.slice(-2)).toEqual(['changed Film 99 2001', 'parsed']);

      document.dispatchEvent(new Event('DOMContentLoaded'));
      while (slices.length > 0) slices.shift()!();
      expect(parsed).toHaveBeenCalledTimes(1);
    });

    it('stops looking every PARSE_POLL_MS', () => {
      start();
      finishParsing();
      reads.mockClear();
      vi.advanceTimersByTime(PARSE_POLL_MS * 4);
      expect(reads).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  describe('a document already parsed', () => {
    it('is observed at once and never calls `parsed`', async () => {
      readyState = 'interactive';
      const { events, parsed } = start();
      expect(observers).toBe(1);

      document.dispatchEvent(new Event('DOMContentLoaded'));
      row().append(tile('Alien'));
      await deliver();
      vi.advanceTimersByTime(PARSE_POLL_MS * 2);
      expect(events).toEqual(['found Heat', 'found Alien']);
      expect(parsed).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('never calls `parsed` for a complete document either', () => {
      readyState = 'complete';
      const { parsed } = start();
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(parsed).not.toHaveBeenCalled();
    });
  });

  describe('abort', () => {
    it('stops the looks', () => {
      const { events } = start();
      controller.abort();
      expect(vi.getTimerCount()).toBe(0);

      row().append(tile('Alien'));
      vi.advanceTimersByTime(PARSE_POLL_MS * 4);
      expect(events).toEqual(['found Heat']);
    });

    it('stops when a title found during a look aborts the run', () => {
      const { events } = start({}, (t) => {
        if (t.query.title === 'Alien') controller.abort();
      });
      row().append(tile('Alien'));
      vi.advanceTimersByTime(PARSE_POLL_MS);
      expect(events).toEqual(['found Heat', 'found Alien']);

      reads.mockClear();
      row().append(tile('Aliens'));
      vi.advanceTimersByTime(PARSE_POLL_MS * 4);
      expect(reads).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      expect(events).toEqual(['found Heat', 'found Alien']);
    });

    it('stops when a title found in the first scan aborts the run', () => {
      const { events, parsed } = start({}, () => controller.abort());
      expect(events).toEqual(['found Heat']);

      reads.mockClear();
      row().append(tile('Alien'));
      vi.advanceTimersByTime(PARSE_POLL_MS * 4);
      expect(reads).not.toHaveBeenCalled();
      // Checked before the end of parsing, which clears the timer too: happy-dom (unlike
      // browsers) still adds a listener whose signal was already aborted.
      expect(vi.getTimerCount()).toBe(0);

      finishParsing();
      expect(reads).not.toHaveBeenCalled();
      expect(events).toEqual(['found Heat']);
      expect(parsed).not.toHaveBeenCalled();
      expect(observers).toBe(0);
    });

    // An abort listener added to a signal already aborted never fires, so no timer may be armed.
    it('leaves no timer behind the look that aborted the run', () => {
      start({}, (t) => {
        if (t.query.title === 'Alien') controller.abort();
      });
      row().append(tile('Alien'));
      vi.advanceTimersByTime(PARSE_POLL_MS);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('arms no timer for a run aborted in its first scan', () => {
      start({}, () => controller.abort());
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stops between looks, and the end of parsing then starts nothing', () => {
      const { events, parsed } = start();
      row().append(tile('Alien'));
      vi.advanceTimersByTime(PARSE_POLL_MS);
      controller.abort();

      row().append(tile('Aliens'));
      vi.advanceTimersByTime(PARSE_POLL_MS * 4);
      finishParsing();
      expect(events).toEqual(['found Heat', 'found Alien']);
      expect(parsed).not.toHaveBeenCalled();
      expect(observers).toBe(0);
    });
  });
});
