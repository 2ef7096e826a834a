/** Shown until a TMDB key is stored: nothing can be looked up before that. */
import { browser } from '../../utils/browser';
import { t } from '../shared/i18n';

/** Explains that a key is needed, with a button to the options page. */
export function NoKeyNotice() {
  return (
    <section class="notice welcome" aria-labelledby="reelcard-no-key">
      <h2 id="reelcard-no-key">{t('popup_no_key_heading')}</h2>
      <p>{t('popup_no_key_text')}</p>
      <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup_open_options')}
      </button>
    </section>
  );
}
