/** One title the page shows, as the popup lists it: its name, year and rating or state. */
import type { PageTitle } from '../../utils/page-messages';
import { formatRating, titleWithYear } from '../shared/format';
import { t } from '../shared/i18n';

interface Props {
  title: PageTitle;
  onReveal: () => void;
}

/** A button that takes the user to the title on the page. */
export function PageTitleItem({ title, onReveal }: Props) {
  const shown = title.summary ?? { title: title.title, year: title.year };

  return (
    <li>
      <button type="button" class="page-title" onClick={onReveal}>
        <span class="page-title-name">{titleWithYear(shown.title, shown.year)}</span>
        <span class="page-title-state">{stateText(title)}</span>
      </button>
    </li>
  );
}

function stateText(title: PageTitle): string {
  switch (title.state) {
    case 'matched': {
      const rating = title.summary
        ? formatRating(title.summary.voteAverage, title.summary.voteCount)
        : null;
      return rating ? `★ ${rating}` : t('popup_page_no_rating');
    }
    case 'unmatched':
      return t('popup_page_unmatched');
    case 'loading':
      return t('popup_page_loading');
    case 'error':
      return t('popup_page_error');
  }
}
