// @vitest-environment happy-dom
/**
 * Hover intent and the card's life: nothing is asked before the delay, a
 * mouse-leave before it cancels, details are asked once the card opens (the
 * worker's cache alone is asked during the delay, and only an answer for the
 * title still hovered is drawn), the grace period keeps it open for the
 * pointer, and Escape closes it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRACE_MS } from '../../../entrypoints/content/card-events';
import { createCardController, STAGE_LEAD_MS } from '../../../entrypoints/content/card-controller';
import type { CorrectionActions } from '../../../components/card/Card';
import type { CardHost } from '../../../entrypoints/content/card-host';
import { createDetailsCache, type DetailsCache } from '../../../entrypoints/content/details-cache';
import type { TitleEntry } from '../../../entrypoints/content/entries';
import { defaultSettings } from '../../../utils/settings';
import type { TitleDetails, TitleRef } from '../../../utils/types';
import { FIGHT_CLUB, FIGHT_CLUB_SUMMARY } from '../components/fixtures';
import { deferred, entryFor } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));
// happy-dom events are untrusted; the trust check itself is tested in interactions.test.ts.
vi.mock('../../../components/shared/trusted', () => ({ isTrusted: () => true }));

const DELAY = 350;

function setup() {
  const known = new Map<number, TitleDetails>();
  const details = {
    get: vi.fn(async () => FIGHT_CLUB),
    peek: vi.fn((ref: TitleRef) => known.get(ref.id) ?? null),
    recall: vi.fn(async (_ref: TitleRef): Promise<TitleDetails | null> => null),
    clear: vi.fn(),
  };
  return { ...setupWith(details), details, known };
}

/** A controller over `details`, e.g. a real details cache. */
function setupWith(details: DetailsCache) {
  const host = {
    show: vi.fn(),
    prepare: vi.fn(),
    stage: vi.fn(),
    hide: vi.fn(),
    focus: vi.fn(),
    element: null,
  } satisfies CardHost;
  const lookups = { ask: vi.fn(), recall: vi.fn(), retryFailed: vi.fn(), redo: vi.fn() };
  const controller = new AbortController();
  const settings = { ...defaultSettings('en-US'), cardDelayMs: DELAY };
  const forget = vi.fn(async (_entry: TitleEntry) => {});
  const card = createCardController({
    host,
    details,
    lookups,
    settings: () => settings,
    correct: vi.fn(async () => {}),
    forget,
    signal: controller.signal,
  });
  return { card, host, lookups, controller, settings, forget };
}

function matchedEntry(): TitleEntry {
  const entry = entryFor({ title: 'Fight Club', year: 1999 });
  entry.state = 'matched';
  entry.asked = true;
  entry.result = { status: 'matched', summary: FIGHT_CLUB_SUMMARY, corrected: false };
  return entry;
}

function unmatchedEntry(): TitleEntry {
  const entry = entryFor({ title: 'Nothing Like It' });
  entry.state = 'unmatched';
  entry.asked = true;
  entry.result = { status: 'unmatched', candidates: [] };
  return entry;
}

/** The props of the last card drawn. */
const lastProps = (host: { show: ReturnType<typeof vi.fn> }) => host.show.mock.lastCall?.[0];

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('hover intent', () => {
  it('asks nothing when the pointer leaves before the delay', async () => {
    const { card, host, details } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    card.hoverEnd(entry);
    await vi.advanceTimersByTimeAsync(DELAY * 10);

    expect(host.show).not.toHaveBeenCalled();
    expect(details.get).not.toHaveBeenCalled();
  });

  it('opens after the delay, showing the summary, then the details', async () => {
    const { card, host, details } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(host.show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(details.get).toHaveBeenCalledWith({ type: 'movie', id: 550 });
    expect(host.show.mock.calls[0]?.[0]).toMatchObject({
      state: 'loading',
      summary: FIGHT_CLUB_SUMMARY,
    });
    expect(lastProps(host)).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
    expect(card.isOpenFor(entry)).toBe(true);
  });

  it('draws the hidden card at hover start without asking anything', async () => {
    const { card, host, details, lookups } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    expect(host.prepare).not.toHaveBeenCalled(); // not inside the pointer's event
    await vi.advanceTimersByTimeAsync(0);

    expect(host.prepare.mock.lastCall?.[0]).toMatchObject({
      state: 'loading',
      summary: FIGHT_CLUB_SUMMARY,
    });
    expect(host.show).not.toHaveBeenCalled();
    expect(details.get).not.toHaveBeenCalled();
    expect(lookups.ask).not.toHaveBeenCalled();
  });

  it('paints known details in the first drawing, prepared and shown', async () => {
    const { card, host, details, known } = setup();
    const entry = matchedEntry();
    known.set(550, FIGHT_CLUB);

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.prepare.mock.lastCall?.[0]).toMatchObject({ state: 'ready' });
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(host.show).toHaveBeenCalledTimes(1);
    expect(host.show.mock.calls[0]?.[0]).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
    expect(details.get).not.toHaveBeenCalled();
  });

  it('does not draw an unmatched card ahead, since its picker would search', async () => {
    const { card, host } = setup();
    const entry = unmatchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(host.prepare).not.toHaveBeenCalled();
  });

  it('leaves an open card alone when another title is hovered', async () => {
    const { card, host } = setup();
    card.open(matchedEntry(), false);

    card.hoverStart(matchedEntry());
    await vi.advanceTimersByTimeAsync(0);

    expect(host.prepare).not.toHaveBeenCalled();
  });

  it('draws nothing ahead when the pointer leaves at once', async () => {
    const { card, host } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    card.hoverEnd(entry);
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(host.prepare).not.toHaveBeenCalled();
  });

  it('asks for a title that has not been looked up, with card priority', () => {
    const { card, lookups } = setup();
    const entry = entryFor({ title: 'Heat' });

    card.open(entry, false);

    expect(lookups.ask).toHaveBeenCalledWith(entry, 'card');
  });
});

describe('the card put in place ahead of opening', () => {
  it('is staged at its anchor STAGE_LEAD_MS before the delay ends, then shown', async () => {
    const { card, host } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY - STAGE_LEAD_MS - 1);
    expect(host.prepare).toHaveBeenCalled();
    expect(host.stage).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(host.stage).toHaveBeenCalledTimes(1);
    // Beside the badge; happy-dom lays nothing out, so beside the title element here.
    expect(host.stage).toHaveBeenCalledWith(entry.element);
    expect(host.show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(STAGE_LEAD_MS);
    expect(host.show).toHaveBeenCalled();
    expect(host.stage.mock.invocationCallOrder[0]).toBeLessThan(
      host.show.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('is taken away, staged or not, when the pointer leaves before the delay', async () => {
    const { card, host } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY - STAGE_LEAD_MS);
    expect(host.stage).toHaveBeenCalledTimes(1);
    card.hoverEnd(entry);
    expect(host.hide).toHaveBeenCalledTimes(1);

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(1);
    card.hoverEnd(entry);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(host.hide).toHaveBeenCalledTimes(2);
    expect(host.stage).toHaveBeenCalledTimes(1);
    expect(host.show).not.toHaveBeenCalled();
  });

  it('is staged at once with a delay shorter than the lead, after being drawn', async () => {
    const { card, host, settings } = setup();
    settings.cardDelayMs = STAGE_LEAD_MS / 2;
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(0);

    expect(host.prepare.mock.invocationCallOrder[0]).toBeLessThan(
      host.stage.mock.invocationCallOrder[0] ?? 0,
    );
    await vi.advanceTimersByTimeAsync(STAGE_LEAD_MS / 2);
    expect(host.show).toHaveBeenCalled();
  });

  it('is not staged for an unmatched title, nor while another card is open', async () => {
    const { card, host } = setup();
    const unmatched = unmatchedEntry();

    card.hoverStart(unmatched);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(card.isOpenFor(unmatched)).toBe(true);

    card.hoverStart(matchedEntry());
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(host.stage).not.toHaveBeenCalled();
  });

  it('leaves an open card alone when a pending hover of another title is given up', async () => {
    const { card, host } = setup();
    card.open(matchedEntry(), false);
    const other = matchedEntry();

    card.hoverStart(other);
    card.hoverEnd(other);

    expect(host.hide).not.toHaveBeenCalled();
  });
});

describe('details recalled during the hover delay', () => {
  /** The props of the last card drawn ahead. */
  const lastPrepared = (host: { prepare: ReturnType<typeof vi.fn> }) =>
    host.prepare.mock.lastCall?.[0];

  it("draws the card ahead again with the worker's cached details, asking TMDB nothing", async () => {
    const { card, host, details } = setup();
    details.recall.mockResolvedValueOnce(FIGHT_CLUB);
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(0);

    expect(details.recall).toHaveBeenCalledWith({ type: 'movie', id: 550 });
    expect(host.prepare).toHaveBeenCalledTimes(2);
    expect(host.prepare.mock.calls[0]?.[0]).toMatchObject({ state: 'loading' });
    expect(lastPrepared(host)).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
    // The same card, drawn in the same place: the second drawing fills it in.
    expect(host.prepare.mock.calls[1]?.slice(1)).toEqual(host.prepare.mock.calls[0]?.slice(1));
    expect(host.show).not.toHaveBeenCalled();
    expect(details.get).not.toHaveBeenCalled();
  });

  it('asks the worker nothing when the page has the details already', async () => {
    const { card, details, known } = setup();
    known.set(550, FIGHT_CLUB);

    card.hoverStart(matchedEntry());
    await vi.advanceTimersByTimeAsync(0);

    expect(details.recall).not.toHaveBeenCalled();
  });

  it('draws nothing more when the worker has nothing cached, and asks TMDB only at the delay', async () => {
    const { card, host, details } = setup();
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(details.recall).toHaveBeenCalledTimes(1);
    expect(host.prepare).toHaveBeenCalledTimes(1);
    expect(details.get).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(details.get).toHaveBeenCalledTimes(1);
    expect(lastProps(host)).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
  });

  it('ignores an answer that comes after the pointer left', async () => {
    const { card, host, details } = setup();
    const recalled = deferred<TitleDetails | null>();
    details.recall.mockReturnValueOnce(recalled.promise);
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(0);
    card.hoverEnd(entry);
    recalled.resolve(FIGHT_CLUB);
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(host.prepare).toHaveBeenCalledTimes(1);
    expect(host.show).not.toHaveBeenCalled();
    expect(details.get).not.toHaveBeenCalled();
  });

  it('ignores an answer that comes after another title was hovered', async () => {
    const { card, host, details } = setup();
    const first = deferred<TitleDetails | null>();
    details.recall.mockReturnValueOnce(first.promise).mockReturnValueOnce(new Promise(() => {}));
    const left = matchedEntry();
    const hovered = matchedEntry();

    card.hoverStart(left);
    await vi.advanceTimersByTimeAsync(0);
    card.hoverStart(hovered);
    await vi.advanceTimersByTimeAsync(0);
    first.resolve(FIGHT_CLUB);
    await vi.advanceTimersByTimeAsync(0);

    expect(host.prepare).toHaveBeenCalledTimes(2);
    // The card drawn ahead stays the hovered title's, anchored there.
    expect(host.prepare.mock.lastCall?.[2]).toBe(hovered.element);
    expect(lastPrepared(host)).toMatchObject({ state: 'loading' });
  });

  it('ignores an answer that comes after the card opened, which asked for the details itself', async () => {
    const { card, host, details } = setup();
    const recalled = deferred<TitleDetails | null>();
    details.recall.mockReturnValueOnce(recalled.promise);
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(details.get).toHaveBeenCalledTimes(1);
    recalled.resolve(FIGHT_CLUB);
    await vi.advanceTimersByTimeAsync(0);

    expect(host.prepare).toHaveBeenCalledTimes(1);
    expect(card.isOpenFor(entry)).toBe(true);
  });

  it('opens as usual when the recall fails', async () => {
    const { card, host, details } = setup();
    details.recall.mockRejectedValueOnce(new Error('worker restarting'));
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY);

    expect(host.prepare).toHaveBeenCalledTimes(1);
    expect(details.get).toHaveBeenCalledTimes(1);
    expect(lastProps(host)).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
  });

  it('opens complete from the recalled details, with no request of its own', async () => {
    const fetch = vi.fn(async (_ref: TitleRef) => FIGHT_CLUB);
    const recallCached = vi.fn(async (_ref: TitleRef) => FIGHT_CLUB);
    const details = createDetailsCache(fetch, recallCached);
    const { card, host } = setupWith(details);
    const entry = matchedEntry();

    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(lastPrepared(host)).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
    await vi.advanceTimersByTimeAsync(1);

    expect(host.show).toHaveBeenCalledTimes(1);
    expect(lastProps(host)).toMatchObject({ state: 'ready', details: FIGHT_CLUB });
    expect(await details.get({ type: 'movie', id: 550 })).toBe(FIGHT_CLUB);
    expect(recallCached).toHaveBeenCalledTimes(1);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("the user's own correction", () => {
  it('can be undone from the card of a corrected match', async () => {
    const { card, host, forget } = setup();
    const entry = matchedEntry();
    entry.result = { status: 'matched', summary: FIGHT_CLUB_SUMMARY, corrected: true };

    card.open(entry, false);
    const correction = lastProps(host)?.correction as CorrectionActions;
    await correction.forget?.();

    expect(forget).toHaveBeenCalledWith(entry);
  });

  it('is not offered for a match Reelcard made itself', () => {
    const { card, host } = setup();
    card.open(matchedEntry(), false);

    expect(lastProps(host)?.correction?.forget).toBeUndefined();
  });
});

describe('closing', () => {
  it('waits a grace period that coming back cancels', async () => {
    const { card, host } = setup();
    const entry = matchedEntry();
    card.open(entry, false);

    card.hoverEnd(entry);
    await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
    card.hoverStart(entry);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 10);
    expect(host.hide).not.toHaveBeenCalled();

    card.hoverEnd(entry);
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    expect(host.hide).toHaveBeenCalled();
    expect(card.isOpenFor(entry)).toBe(false);
  });

  it('closes on Escape and gives focus back', async () => {
    const { card, host } = setup();
    const entry = matchedEntry();
    entry.view.host.focus();
    card.open(entry, true);
    expect(host.focus).toHaveBeenCalled();

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

    expect(card.isOpenFor(entry)).toBe(false);
    expect(document.activeElement).toBe(entry.view.host);
  });

  it('toggles closed on a second click and closes when the run stops', () => {
    const { card, host, controller } = setup();
    const entry = matchedEntry();

    card.toggle(entry);
    card.toggle(entry);
    expect(card.isOpenFor(entry)).toBe(false);

    card.toggle(entry);
    controller.abort();
    expect(card.isOpenFor(entry)).toBe(false);
    expect(host.hide).toHaveBeenCalledTimes(2);
  });
});
