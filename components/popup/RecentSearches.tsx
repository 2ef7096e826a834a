/** The last few searches, shown while the field is empty; one click searches again. */
import { t } from '../shared/i18n';

interface Props {
  searches: string[];
  onPick: (text: string) => void;
  onClear: () => void;
}

/** Recent searches with a Clear button, or nothing when there are none. */
export function RecentSearches({ searches, onPick, onClear }: Props) {
  if (searches.length === 0) return null;

  return (
    <section class="recent" aria-labelledby="reelcard-recent-heading">
      <div class="section-head">
        <h2 id="reelcard-recent-heading">{t('popup_recent_heading')}</h2>
        <button type="button" class="link-button" onClick={onClear}>
          {t('popup_recent_clear')}
        </button>
      </div>
      <ul class="chips">
        {searches.map((text) => (
          <li key={text}>
            <button type="button" class="chip" onClick={() => onPick(text)}>
              {text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
