// @vitest-environment happy-dom
/**
 * Lookups applied to entries: answers set the state, answers to an old
 * question are ignored, transient failures retry with backoff (fake timers),
 * cancelled requests wait to come near again, and corrections ask again for
 * every badge of the title.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retarget } from '../../../entrypoints/content/entries';
import { createLookupPool } from '../../../entrypoints/content/lookup-pool';
import { createLookups, type RecallFn } from '../../../entrypoints/content/lookups';
import { createRegistry } from '../../../entrypoints/content/registry';
import { RETRY_BASE_MS } from '../../../entrypoints/content/retry';
import { ReelcardError } from '../../../utils/messages';
import type { LookupResult } from '../../../utils/types';
import { FIGHT_CLUB_SUMMARY } from '../components/fixtures';
import { deferred, entryFor } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

const matched: LookupResult = { status: 'matched', summary: FIGHT_CLUB_SUMMARY, corrected: false };

function setup(lookup = vi.fn<(...args: unknown[]) => Promise<LookupResult>>()) {
  const registry = createRegistry();
  const updated = vi.fn();
  const requeue = vi.fn();
  const recall = vi.fn<RecallFn>(async () => null);
  const pool = createLookupPool(lookup);
  const lookups = createLookups({ pool, recall, registry, updated, requeue });
  return { registry, lookups, lookup, recall, updated, requeue };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('lookups', () => {
  it('marks the entry matched with the summary', async () => {
    const { lookups, lookup, updated } = setup();
    lookup.mockResolvedValue(matched);
    const entry = entryFor({ title: 'Fight Club', year: 1999 });

    lookups.ask(entry, 'visible');
    await vi.runAllTimersAsync();

    expect(entry.state).toBe('matched');
    expect(entry.result).toBe(matched);
    expect(updated).toHaveBeenCalledWith(entry);
    expect(lookup).toHaveBeenCalledWith(entry.query, 'visible');
  });

  it('ignores the answer to a question the element no longer asks', async () => {
    const { lookups, lookup } = setup();
    const answer = deferred<LookupResult>();
    lookup.mockReturnValue(answer.promise);
    const entry = entryFor({ title: 'Fight Club' });

    lookups.ask(entry, 'visible');
    retarget(entry, { title: 'Se7en' });
    answer.resolve(matched);
    await vi.runAllTimersAsync();

    expect(entry.state).toBe('loading');
    expect(entry.result).toBeNull();
  });

  describe('recall', () => {
    it('settles the entry with the full query the cache answered', async () => {
      const { lookups, lookup, recall, updated } = setup();
      const full = { title: 'Fight Club', year: 1999, type: 'movie' as const, pageId: 'netflix:7' };
      recall.mockResolvedValue({ query: full, result: matched });
      const entry = entryFor({ title: 'Fight Club', pageId: 'netflix:7' });

      lookups.recall(entry);
      await vi.runAllTimersAsync();

      expect(entry.state).toBe('matched');
      expect(entry.query).toEqual(full);
      expect(entry.asked).toBe(true);
      expect(updated).toHaveBeenCalledWith(entry);
      expect(lookup).not.toHaveBeenCalled();
    });

    it('leaves the entry loading and unasked when the cache does not know it', async () => {
      const { lookups, recall, updated } = setup();
      recall.mockResolvedValueOnce(null).mockRejectedValueOnce(new Error('no worker'));
      const entry = entryFor({ title: 'Heat' });

      lookups.recall(entry);
      lookups.recall(entry);
      await vi.runAllTimersAsync();

      expect(entry.state).toBe('loading');
      expect(entry.asked).toBe(false);
      expect(updated).not.toHaveBeenCalled();
    });

    it('ignores an answer that comes after the entry was asked or retargeted', async () => {
      const { lookups, lookup, recall } = setup();
      const late = deferred<Awaited<ReturnType<RecallFn>>>();
      recall.mockReturnValue(late.promise);
      lookup.mockResolvedValue(matched);
      const entry = entryFor({ title: 'Heat' });

      lookups.recall(entry);
      retarget(entry, { title: 'Se7en' });
      late.resolve({ query: { title: 'Heat', year: 1995 }, result: matched });
      await vi.runAllTimersAsync();

      expect(entry.query).toEqual({ title: 'Se7en' });
      expect(entry.state).toBe('loading');
    });
  });

  it('retries a transient failure after the backoff', async () => {
    const { lookups, lookup } = setup();
    lookup
      .mockRejectedValueOnce(new ReelcardError('rate-limited', '429'))
      .mockResolvedValue(matched);
    const entry = entryFor({ title: 'Fight Club' });

    lookups.ask(entry, 'visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(entry.state).toBe('error');
    expect(entry.errorKind).toBe('rate-limited');

    await vi.advanceTimersByTimeAsync(RETRY_BASE_MS * 1.25);
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(entry.state).toBe('matched');
  });

  it('does not retry a bad key by itself', async () => {
    const { lookups, lookup } = setup();
    lookup.mockRejectedValue(new ReelcardError('invalid-key', '401'));
    const entry = entryFor({ title: 'Fight Club' });

    lookups.ask(entry, 'visible');
    await vi.advanceTimersByTimeAsync(10 * 60_000);

    expect(lookup).toHaveBeenCalledTimes(1);
    expect(entry.errorKind).toBe('invalid-key');
  });

  it('asks again for transient failures when the tab or network comes back', async () => {
    const { lookups, lookup, registry } = setup();
    lookup
      .mockRejectedValueOnce(new ReelcardError('offline', 'offline'))
      .mockResolvedValue(matched);
    const entry = entryFor({ title: 'Fight Club' });
    registry.add(entry);

    lookups.ask(entry, 'visible');
    await vi.advanceTimersByTimeAsync(0);
    lookups.retryFailed();
    await vi.advanceTimersByTimeAsync(0);

    expect(entry.state).toBe('matched');
  });

  it('puts a cancelled request back to wait for the viewport', async () => {
    const { lookups, lookup, requeue } = setup();
    lookup.mockRejectedValue(new ReelcardError('cancelled', 'dropped'));
    const entry = entryFor({ title: 'Fight Club' });

    lookups.ask(entry, 'prefetch');
    await vi.advanceTimersByTimeAsync(0);

    expect(entry.asked).toBe(false);
    expect(entry.state).toBe('loading');
    expect(requeue).toHaveBeenCalledWith(entry);
  });

  it('asks again for every badge of a corrected title', async () => {
    const { lookups, lookup, registry } = setup();
    lookup.mockResolvedValue(matched);
    const first = entryFor({ title: 'Fight Club' });
    const second = entryFor({ title: 'Fight Club' });
    registry.add(first);
    registry.add(second);
    lookups.ask(first, 'visible');
    lookups.ask(second, 'visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(lookup).toHaveBeenCalledTimes(1);

    lookups.redo(first.queryKey);
    await vi.advanceTimersByTimeAsync(0);

    expect(lookup).toHaveBeenCalledTimes(2);
    expect([first.state, second.state]).toEqual(['matched', 'matched']);
  });
});
