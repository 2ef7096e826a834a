/**
 * The badge's public contract: state → data attributes, the accessible
 * label, the colour band, vote muting and the text in the pill.
 */
import { describe, expect, it, vi } from 'vitest';
import { badgeText } from '../../../components/badge/Badge';
import {
  badgeAttributes,
  badgeLabel,
  badgeTone,
  type BadgeModel,
} from '../../../components/badge/badge-model';
import { FIGHT_CLUB_SUMMARY } from './fixtures';

vi.mock('../../../utils/browser', () => import('./helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./helpers/fake-browser'));

const base: BadgeModel = {
  state: 'loading',
  title: 'Fight Club',
  year: 1999,
  summary: null,
  errorKind: null,
  style: 'rating',
  theme: 'system',
};
const matched: BadgeModel = { ...base, state: 'matched', summary: FIGHT_CLUB_SUMMARY };

describe('badge attributes', () => {
  it('says loading with the title and year as read', () => {
    expect(badgeAttributes(base)).toEqual({
      'data-state': 'loading',
      'data-title': 'Fight Club',
      'data-year': '1999',
      'data-tmdb-type': null,
      'data-tmdb-id': null,
    });
  });

  it('adds the TMDB type and id once matched', () => {
    expect(badgeAttributes(matched)).toMatchObject({
      'data-state': 'matched',
      'data-tmdb-type': 'movie',
      'data-tmdb-id': '550',
    });
  });

  it.each(['unmatched', 'error'] as const)('drops ids and a missing year when %s', (state) => {
    const attributes = badgeAttributes({ ...matched, state, year: null });

    expect(attributes['data-state']).toBe(state);
    expect(attributes['data-year']).toBeNull();
    expect(attributes['data-tmdb-id']).toBeNull();
    expect(attributes['data-tmdb-type']).toBeNull();
  });
});

describe('badge label and text', () => {
  it('reads the rating, the votes and the action', () => {
    expect(badgeLabel(matched)).toBe('TMDB 8.4 out of 10, 27,917 votes. Show details');
  });

  it('names the fix for a bad key', () => {
    const label = badgeLabel({ ...base, state: 'error', errorKind: 'invalid-key' });

    expect(label).toContain("Check your TMDB key in Reelcard's options");
  });

  it('shows one decimal, and the votes only in the rating-votes style', () => {
    expect(badgeText(matched)).toBe('8.4');
    expect(badgeText({ ...matched, style: 'rating-votes' })).toBe('8.4 · 28k');
  });

  it('keeps loading, unmatched and error quiet', () => {
    expect(
      ['loading', 'unmatched', 'error'].map((state) => badgeText({ ...base, state } as BadgeModel)),
    ).toEqual(['…', '?', '!']);
  });
});

describe('badge tone', () => {
  const withVotes = (voteAverage: number, voteCount: number) =>
    badgeTone({ ...matched, summary: { ...FIGHT_CLUB_SUMMARY, voteAverage, voteCount } });

  it('follows the colour scale', () => {
    expect([5.4, 5.5, 6.9, 7.0].map((average) => withVotes(average, 500).tone)).toEqual([
      'low',
      'mid',
      'mid',
      'high',
    ]);
  });

  it('is muted under 50 votes', () => {
    expect(withVotes(8, 49).muted).toBe(true);
    expect(withVotes(8, 50).muted).toBe(false);
  });

  it('has no tone before a match', () => {
    expect(badgeTone(base).tone).toBe('none');
  });
});
