// @vitest-environment happy-dom
/**
 * The observer and live detection: batching, no double processing,
 * virtualized tiles reused for another title, removal, huge batches, abort.
 * Flushes are driven by hand (no animation frames, no timed assertions).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_TAG, watchTitles, type DetectedTitle } from '../../../utils/detect';
import { READ_GROUP } from '../../../utils/detect/watch';
import type { SiteAdapter } from '../../../utils/sites/types';

/** A test site: tiles are links with the title in aria-label (virtualized like Netflix 2026). */
const TILES: SiteAdapter = {
  id: 'generic',
  name: 'Test tiles',
  matches: () => true,
  targets: [
    {
      selector: 'a.tile',
      read: (element) => {
        const title = element.getAttribute('aria-label') ?? element.textContent?.trim();
        return title ? { title } : null;
      },
      place: (element) => ({ anchor: element, position: 'afterend' }),
      watch: ['aria-label'],
    },
    { selector: 'h1', read: (element) => ({ title: element.textContent?.trim() ?? '' }) },
  ],
};

let queued: (() => void)[] = [];
const schedule = (run: () => void) => queued.push(run);

/**
 * Lets the MutationObserver deliver, then runs the batched flush. Reading is
 * not cut into slices here (an endless budget); slicing has its own tests.
 */
async function flush(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const runs = queued;
  queued = [];
  runs.forEach((run) => run());
  return runs.length;
}

function start(signal: AbortSignal) {
  const events: string[] = [];
  const handlers = {
    found: (t: DetectedTitle) => events.push(`found ${t.query.title}`),
    changed: (t: DetectedTitle) => events.push(`changed ${t.query.title}`),
    lost: (element: Element) => events.push(`lost ${element.localName}`),
  };
  watchTitles(document, [TILES], handlers, signal, { schedule, slices: { budgetMs: Infinity } });
  return events;
}

function tile(title: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'tile';
  link.setAttribute('aria-label', title);
  return link;
}

/** Every test's watcher stops after it, so no observer outlives its test. */
let controller: AbortController;

beforeEach(() => {
  document.body.innerHTML = '<h1>Heat</h1><div id="row"></div>';
  queued = [];
  controller = new AbortController();
});

afterEach(() => controller.abort());

describe('watchTitles', () => {
  it('reports what is on the page at start', () => {
    const events = start(controller.signal);
    expect(events).toEqual(['found Heat']);
  });

  it('batches many additions into one flush, each title found once', async () => {
    const events = start(controller.signal);
    const row = document.getElementById('row')!;
    row.append(tile('Alien'));
    row.append(tile('Aliens'));
    row.append(tile('Alien 3'));

    expect(await flush()).toBe(1);
    expect(events.slice(1)).toEqual(['found Alien', 'found Aliens', 'found Alien 3']);
  });

  it('does not process an element twice, even when our badge is added next to it', async () => {
    const events = start(controller.signal);
    const link = tile('Alien');
    document.getElementById('row')!.append(link);
    await flush();

    link.after(document.createElement(BADGE_TAG));
    link.setAttribute('aria-label', 'Alien'); // same value again
    await flush();
    expect(events.filter((e) => e === 'found Alien')).toHaveLength(1);
    expect(events.filter((e) => e.startsWith('changed'))).toEqual([]);
  });

  it('reports a reused virtualized tile that now shows another title as changed', async () => {
    const events = start(controller.signal);
    const link = tile('Alien');
    document.getElementById('row')!.append(link);
    await flush();

    link.setAttribute('aria-label', 'Blade Runner');
    await flush();
    expect(events.slice(-1)).toEqual(['changed Blade Runner']);
  });

  it('re-reads a handled element whose text changes', async () => {
    const events = start(controller.signal);
    document.querySelector('h1')!.firstChild!.textContent = 'Heat 2';
    await flush();
    expect(events).toEqual(['found Heat', 'changed Heat 2']);
  });

  it('reports removed elements as lost', async () => {
    const events = start(controller.signal);
    document.querySelector('h1')!.remove();
    await flush();
    expect(events).toEqual(['found Heat', 'lost h1']);
  });

  it('never reads inside our own elements', async () => {
    const events = start(controller.signal);
    const badge = document.createElement(BADGE_TAG);
    badge.append(tile('Inside a badge'));
    document.body.append(badge);
    await flush();
    expect(events).toEqual(['found Heat']);
  });

  it('rescans the whole page after a huge batch and still reports each title once', async () => {
    const events = start(controller.signal);
    const row = document.getElementById('row')!;
    for (let i = 0; i < 1200; i += 1) row.append(tile(`Film ${i}`));
    await flush();
    expect(events.filter((e) => e.startsWith('found Film'))).toHaveLength(1200);
    expect(events.filter((e) => e === 'found Heat')).toHaveLength(1);
  });

  it('reads a big page in slices, top of the page first, yielding between them', () => {
    const row = document.getElementById('row')!;
    for (let i = 0; i < 100; i += 1) row.append(tile(`Film ${i}`));
    const found: string[] = [];
    const slices: (() => void)[] = [];
    let clock = 0;
    // Each read of the fake clock moves it 1 ms on: a 1 ms slice ends after one group of reads.
    const now = () => (clock += 1);
    const handlers = {
      found: (t: DetectedTitle) => found.push(t.query.title),
      changed() {},
      lost() {},
    };
    watchTitles(document, [TILES], handlers, controller.signal, {
      schedule,
      slices: { budgetMs: 1, now, yieldTo: (next) => slices.push(next) },
    });

    expect(found).toHaveLength(READ_GROUP);
    expect(found[0]).toBe('Heat');
    while (slices.length > 0) slices.shift()!();
    expect(found).toHaveLength(101);
    expect(found.slice(1, 4)).toEqual(['Film 0', 'Film 1', 'Film 2']);
  });

  it('stops on abort', async () => {
    const events = start(controller.signal);
    controller.abort();
    document.getElementById('row')!.append(tile('Alien'));
    await flush();
    expect(events).toEqual(['found Heat']);
  });

  it('does nothing when started with an aborted signal', () => {
    controller.abort();
    expect(start(controller.signal)).toEqual([]);
  });
});
