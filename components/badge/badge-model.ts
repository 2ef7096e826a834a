/**
 * What one badge shows, as plain data, and the pure mappings from it to the
 * public `data-*` attributes, the accessible label and the visual tone.
 */
import type { BadgeState } from '../../utils/page-messages';
import type { BadgeStyle, Theme } from '../../utils/settings';
import type { ErrorKind, TitleSummary } from '../../utils/types';
import { errorHint } from '../shared/errors';
import { formatRating, isFewVotes, ratingTone, type RatingTone } from '../shared/format';
import { formatNumber, t } from '../shared/i18n';

export interface BadgeModel {
  state: BadgeState;
  /** The title as the page shows it (already cut to a safe length). */
  title: string;
  year: number | null;
  /** Set once matched. */
  summary: TitleSummary | null;
  /** Set in the error state. */
  errorKind: ErrorKind | null;
  style: BadgeStyle;
  theme: Theme;
}

/**
 * The attributes users' CSS and tests rely on. A null value means "remove
 * the attribute", so a badge reused for another title drops stale ids.
 */
export function badgeAttributes(model: BadgeModel): Record<string, string | null> {
  const matched = model.state === 'matched' && model.summary !== null;
  return {
    'data-state': model.state,
    'data-title': model.title,
    'data-year': model.year === null ? null : String(model.year),
    'data-tmdb-type': matched ? model.summary!.type : null,
    'data-tmdb-id': matched ? String(model.summary!.id) : null,
  };
}

/** Colour band and muting for a matched badge; 'none' for every other state. */
export function badgeTone(model: BadgeModel): { tone: RatingTone; muted: boolean } {
  const summary = model.state === 'matched' ? model.summary : null;
  if (!summary) return { tone: 'none', muted: true };
  return {
    tone: ratingTone(summary.voteAverage, summary.voteCount),
    muted: isFewVotes(summary.voteCount),
  };
}

/** What a screen reader hears, e.g. "TMDB 8.2 out of 10, 25,000 votes. Show details". */
export function badgeLabel(model: BadgeModel): string {
  return `${badgeStatus(model)} ${t('badge_show_details')}`;
}

/** The status part of the label, also used as the badge's tooltip. */
export function badgeStatus(model: BadgeModel): string {
  switch (model.state) {
    case 'loading':
      return t('badge_loading', model.title);
    case 'unmatched':
      return t('badge_unmatched');
    case 'error':
      return errorHint(model.errorKind);
    case 'matched':
      return matchedStatus(model.summary);
  }
}

function matchedStatus(summary: TitleSummary | null): string {
  const rating = summary ? formatRating(summary.voteAverage, summary.voteCount) : null;
  if (!summary || rating === null) return t('badge_not_rated');
  return t('badge_rating_label', rating, formatNumber(summary.voteCount));
}
