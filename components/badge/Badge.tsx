/**
 * The badge's visuals, rendered inside its closed shadow root. The host
 * element carries the role, label and data attributes; this draws the pill.
 */
import type { BadgeModel } from './badge-model';
import { badgeStatus, badgeTone } from './badge-model';
import { compactVotes, formatRating } from '../shared/format';
import { themeAttribute } from '../shared/theme';

export interface BadgeProps {
  model: BadgeModel;
}

/** One compact pill: the rating on a colour scale, or a quiet mark while loading or lost. */
export function Badge({ model }: BadgeProps) {
  // Style "none" keeps the element and its attributes but draws nothing.
  if (model.style === 'none') return null;

  const { tone, muted } = badgeTone(model);
  const classes = ['pill', `state-${model.state}`, `tone-${tone}`, muted ? 'muted' : ''];
  return (
    <span
      class={classes.join(' ').trim()}
      data-theme={themeAttribute(model.theme)}
      title={badgeStatus(model)}
      aria-hidden="true"
    >
      <span class="mark">TMDB</span>
      <span class="value">{badgeText(model)}</span>
    </span>
  );
}

/** The short text in the pill: "8.4", "8.4 · 28k", "…", "?" or "!". */
export function badgeText(model: BadgeModel): string {
  if (model.state === 'loading') return '…';
  if (model.state === 'unmatched') return '?';
  if (model.state === 'error') return '!';

  const summary = model.summary;
  const rating = summary ? formatRating(summary.voteAverage, summary.voteCount) : null;
  if (!summary || rating === null) return '–';
  return model.style === 'rating-votes' ? `${rating} · ${compactVotes(summary.voteCount)}` : rating;
}
