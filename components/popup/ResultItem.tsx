/** One search result in the popup's list: poster, title, year, type and rating. */
import { formatRating } from '../shared/format';
import { t } from '../shared/i18n';
import { imageUrl } from '../shared/links';
import type { TitleSummary } from '../../utils/types';

interface Props {
  summary: TitleSummary;
  id: string;
  active: boolean;
  onOpen: () => void;
}

/** A listbox option; the text field keeps focus, so the option itself is not focusable. */
export function ResultItem({ summary, id, active, onOpen }: Props) {
  const poster = imageUrl('w92', summary.posterPath);
  const rating = formatRating(summary.voteAverage, summary.voteCount);
  const type = t(summary.type === 'tv' ? 'popup_type_tv' : 'popup_type_movie');

  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      class={active ? 'result active' : 'result'}
      onClick={onOpen}
    >
      {poster ? (
        <img class="poster" src={poster} alt="" width={46} height={69} loading="lazy" />
      ) : (
        <span class="poster placeholder" aria-hidden="true" />
      )}
      <span class="result-text">
        <span class="result-title">{summary.title}</span>
        <span class="result-meta">
          {summary.year ? `${type} · ${summary.year}` : type}
          {rating && (
            <span class="rating">
              {' · '}
              <span aria-hidden="true">★ </span>
              <span class="visually-hidden">{t('popup_rating')} </span>
              {rating}
            </span>
          )}
        </span>
      </span>
    </li>
  );
}
