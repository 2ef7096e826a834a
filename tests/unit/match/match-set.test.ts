/**
 * Holds the matching benchmark's thresholds (counts, not times): on the
 * labelled set of title strings as sites show them, against the TMDB
 * stand-in, precision ≥ 98% and recall ≥ 90%. `npm run bench:match` prints
 * the same numbers with every miss.
 */
import { describe, expect, it } from 'vitest';
import { readMatchSet, runMatchBench } from '../../bench/match-run';

describe('matching benchmark (tests/bench/match-set.tsv)', () => {
  const rows = readMatchSet();
  const result = runMatchBench(rows);

  it('has at least 300 labelled strings, negatives among them', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((row) => row.expected === 'none').length).toBeGreaterThanOrEqual(30);
  });

  it('reaches precision ≥ 98%', () => {
    expect(result.correct / result.matched, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('reaches recall ≥ 90%', () => {
    expect(result.correct / result.positives, result.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
