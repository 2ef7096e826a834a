/**
 * The top of the card: poster, title, year, kind, length, certification,
 * genres and the rating. Renders from a summary alone while details load.
 */
import type { TitleDetails, TitleSummary } from '../../utils/types';
import { formatRating, formatRuntime, isFewVotes, ratingTone } from '../shared/format';
import { formatNumber, t } from '../shared/i18n';
import { imageUrl } from '../shared/links';

export interface CardHeaderProps {
  /** The richest record at hand: details once loaded, else the badge's summary. */
  shown: TitleDetails | TitleSummary | null;
  /** What the page shows, for titles TMDB did not match. */
  pageTitle: { title: string; year: number | null };
}

/** Poster, title block and rating. */
export function CardHeader({ shown, pageTitle }: CardHeaderProps) {
  const title = shown?.title ?? pageTitle.title;
  const year = shown ? shown.year : pageTitle.year;
  return (
    <header class="head">
      <Poster path={shown?.posterPath ?? null} title={title} />
      <div class="head-text">
        <h2 class="title">
          {title}
          {year ? <span class="year"> ({year})</span> : null}
        </h2>
        {shown && shown.originalTitle && shown.originalTitle !== title ? (
          <p class="original">{shown.originalTitle}</p>
        ) : null}
        {shown ? <p class="meta">{metaLine(shown)}</p> : null}
        {shown && 'genres' in shown && shown.genres.length > 0 ? (
          <p class="genres">{shown.genres.join(', ')}</p>
        ) : null}
        {shown ? <Rating voteAverage={shown.voteAverage} voteCount={shown.voteCount} /> : null}
      </div>
    </header>
  );
}

/** The poster at 120 CSS px wide: w185 on ordinary screens, w342 on dense ones. */
function Poster({ path, title }: { path: string | null; title: string }) {
  const small = imageUrl('w185', path);
  const large = imageUrl('w342', path);
  if (!small) return <div class="poster poster-empty" aria-hidden="true" />;

  // Width and height are set so the card does not jump when the image arrives.
  return (
    <img
      class="poster"
      src={small}
      srcset={large ? `${small} 1x, ${large} 2x` : undefined}
      width={120}
      height={180}
      alt={t('card_poster_alt', title)}
      loading="lazy"
      referrerpolicy="no-referrer"
    />
  );
}

/** "Movie · 2h 19m · R" or "Series · 8 seasons · TV-MA". */
export function metaLine(shown: TitleDetails | TitleSummary): string {
  const parts: string[] = [t(shown.type === 'tv' ? 'card_series' : 'card_movie')];
  if ('runtime' in shown) {
    const length = shown.type === 'tv' ? seasonsText(shown.seasons) : formatRuntime(shown.runtime);
    if (length) parts.push(length);
    if (shown.certification) parts.push(shown.certification);
  }
  return parts.join(' · ');
}

function seasonsText(seasons: number | null): string | null {
  if (!seasons || seasons <= 0) return null;
  return seasons === 1 ? t('card_season_one') : t('card_seasons', formatNumber(seasons));
}

/** The average on the colour scale with the vote count; muted when votes are few. */
function Rating({ voteAverage, voteCount }: { voteAverage: number; voteCount: number }) {
  const rating = formatRating(voteAverage, voteCount);
  if (rating === null) return <p class="rating tone-none">{t('card_not_rated')}</p>;

  const tone = ratingTone(voteAverage, voteCount);
  return (
    <p class={`rating tone-${tone}${isFewVotes(voteCount) ? ' muted' : ''}`}>
      <span class="rating-value">{rating}</span>
      <span class="rating-scale">/10</span>{' '}
      <span class="votes">{t('card_votes', formatNumber(voteCount))}</span>
    </p>
  );
}
