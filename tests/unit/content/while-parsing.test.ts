// @vitest-environment happy-dom
/**
 * While a page is parsed a run only recalls titles from the cache; once it is
 * parsed, the ones that came near and are still unknown are asked about.
 * Recalls travel in one message per task.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Lookups } from '../../../entrypoints/content/lookups';
import { batchRecalls } from '../../../entrypoints/content/recall-batch';
import { createWhileParsing, EARLY_RECALLS } from '../../../entrypoints/content/while-parsing';
import { MAX_RECALLS, type Recalled } from '../../../utils/messages';
import type { TitleQuery } from '../../../utils/types';
import { entryFor } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

function setup(loading = true) {
  const lookups = { ask: vi.fn(), recall: vi.fn(), retryFailed: vi.fn(), redo: vi.fn() };
  const parsing = createWhileParsing(() => lookups as Lookups, loading);
  return { lookups, parsing };
}

describe('while the page is parsed', () => {
  it('recalls the first titles read at once, and no more than EARLY_RECALLS', () => {
    const { lookups, parsing } = setup();
    const entries = Array.from({ length: EARLY_RECALLS + 3 }, (_, i) =>
      entryFor({ title: `T${i}` }),
    );

    entries.forEach((entry) => parsing.found(entry));

    expect(lookups.recall).toHaveBeenCalledTimes(EARLY_RECALLS);
    expect(lookups.ask).not.toHaveBeenCalled();
  });

  it('recalls a title once, whether read early or come near', () => {
    const { lookups, parsing } = setup();
    const entry = entryFor({ title: 'Heat' });

    parsing.found(entry);
    parsing.cameNear(entry);
    parsing.cameNear(entry);

    expect(lookups.recall).toHaveBeenCalledTimes(1);
  });

  it('once parsed, asks about the near titles the cache did not answer, and only those', () => {
    const { lookups, parsing } = setup();
    const [far, near, known] = ['Far', 'Near', 'Known'].map((title) => entryFor({ title }));
    [far, near, known].forEach((entry) => parsing.found(entry!));
    parsing.cameNear(near!);
    parsing.cameNear(known!);
    known!.asked = true; // answered by the recall

    parsing.parsed();

    expect(parsing.active).toBe(false);
    expect(lookups.ask).toHaveBeenCalledTimes(1);
    expect(lookups.ask).toHaveBeenCalledWith(near, 'visible');
  });

  it('does nothing for a page already parsed', () => {
    const { lookups, parsing } = setup(false);
    const entry = entryFor({ title: 'Heat' });

    parsing.found(entry);
    parsing.cameNear(entry);

    expect(parsing.active).toBe(false);
    expect(lookups.recall).not.toHaveBeenCalled();
  });
});

describe('batched recalls', () => {
  const answer = (query: TitleQuery): Recalled => ({
    query: { ...query, year: 1995 },
    result: { status: 'unmatched', candidates: [] },
  });

  it('sends the recalls of one task as one message and gives each its own answer', async () => {
    const send = vi.fn(async (queries: TitleQuery[]) =>
      queries.map((q) => (q.title === 'Heat' ? answer(q) : null)),
    );
    const recall = batchRecalls(send);

    const answers = await Promise.all([recall({ title: 'Heat' }), recall({ title: 'Se7en' })]);

    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith([{ title: 'Heat' }, { title: 'Se7en' }]);
    expect(answers).toEqual([answer({ title: 'Heat' }), null]);
  });

  it('splits a large batch into messages of MAX_RECALLS', async () => {
    const send = vi.fn(async (queries: TitleQuery[]) => queries.map(() => null));
    const recall = batchRecalls(send);

    await Promise.all(
      Array.from({ length: MAX_RECALLS + 1 }, (_, i) => recall({ title: `T${i}` })),
    );

    expect(send.mock.calls.map(([queries]) => queries.length)).toEqual([MAX_RECALLS, 1]);
  });

  it('fails every recall of a batch whose message failed', async () => {
    const recall = batchRecalls(async () => Promise.reject(new Error('no worker')));

    const results = await Promise.allSettled([
      recall({ title: 'Heat' }),
      recall({ title: 'Se7en' }),
    ]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
