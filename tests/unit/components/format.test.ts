/**
 * The pure formatting helpers: the colour scale, vote muting, the rating's
 * one decimal, compact vote counts and cutting page text short.
 */
import { describe, expect, it } from 'vitest';
import {
  compactVotes,
  formatRating,
  formatRuntime,
  isFewVotes,
  MAX_TEXT,
  ratingTone,
  truncate,
} from '../../../components/shared/format';

describe('the colour scale', () => {
  it.each([
    [0.5, 'low'],
    [5.49, 'low'],
    [5.5, 'mid'],
    [6.99, 'mid'],
    [7, 'high'],
    [9.8, 'high'],
  ])('puts %s in the %s band', (average, tone) => {
    expect(ratingTone(average, 1000)).toBe(tone);
  });

  it('has no band without votes', () => {
    expect(ratingTone(0, 0)).toBe('none');
    expect(ratingTone(Number.NaN, 10)).toBe('none');
  });

  it('mutes ratings with fewer than 50 votes', () => {
    expect(isFewVotes(49)).toBe(true);
    expect(isFewVotes(50)).toBe(false);
  });
});

describe('numbers', () => {
  it('shows the rating to one decimal', () => {
    expect(formatRating(8.438, 27917)).toBe('8.4');
    expect(formatRating(7, 10)).toBe('7.0');
    expect(formatRating(0, 0)).toBeNull();
  });

  it('shortens vote counts', () => {
    expect([950, 1234, 27917, 1_250_000].map(compactVotes)).toEqual(['950', '1.2k', '28k', '1.3M']);
  });

  it('formats runtimes', () => {
    expect(formatRuntime(139)).toBe('2h 19m');
    expect(formatRuntime(45)).toBe('45m');
    expect(formatRuntime(120)).toBe('2h');
    expect(formatRuntime(null)).toBeNull();
  });
});

describe('truncate', () => {
  it('cuts a 10,000-character title to the limit with an ellipsis', () => {
    const cut = truncate('A'.repeat(10_000));

    expect(cut).toHaveLength(MAX_TEXT);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('collapses whitespace and keeps short text whole', () => {
    expect(truncate('  The\n  Matrix ')).toBe('The Matrix');
  });
});
