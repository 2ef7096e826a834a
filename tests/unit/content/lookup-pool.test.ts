/**
 * Identical queries on one page share one lookup; failures are forgotten so
 * that a retry asks again; a correction forgets the remembered answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { createLookupPool } from '../../../entrypoints/content/lookup-pool';
import { queryKey } from '../../../entrypoints/content/query';
import type { LookupResult } from '../../../utils/types';

const unmatched: LookupResult = { status: 'unmatched', candidates: [] };

describe('the lookup pool', () => {
  it('asks once for identical queries, pending or answered', async () => {
    const lookup = vi.fn(async () => unmatched);
    const pool = createLookupPool(lookup);

    const first = pool.get({ title: 'Heat', year: 1995 }, 'visible');
    const second = pool.get({ title: 'heat', year: 1995 }, 'prefetch');
    await first;
    const third = pool.get({ title: 'Heat', year: 1995 }, 'visible');

    expect(lookup).toHaveBeenCalledTimes(1);
    expect(await second).toBe(await third);
  });

  it('asks separately for different queries', () => {
    const lookup = vi.fn(async () => unmatched);
    const pool = createLookupPool(lookup);
    pool.get({ title: 'Heat', year: 1995 }, 'visible');
    pool.get({ title: 'Heat', year: 1986 }, 'visible');

    expect(lookup).toHaveBeenCalledTimes(2);
    expect(pool.size).toBe(2);
  });

  it('forgets failures so the next ask goes to the background', async () => {
    const lookup = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(unmatched);
    const pool = createLookupPool(lookup);

    await expect(pool.get({ title: 'Ran' }, 'visible')).rejects.toThrow('offline');
    await expect(pool.get({ title: 'Ran' }, 'visible')).resolves.toBe(unmatched);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('forgets an answer on request (after a correction)', async () => {
    const lookup = vi.fn(async () => unmatched);
    const pool = createLookupPool(lookup);
    await pool.get({ title: 'Ran' }, 'visible');

    pool.forget(queryKey({ title: 'Ran' }));
    await pool.get({ title: 'Ran' }, 'visible');

    expect(lookup).toHaveBeenCalledTimes(2);
  });
});
