/** First-run help, shown while no key is stored: how to get a free TMDB key. */
import { t } from '../shared/i18n';

/** Short steps from a TMDB account to a key pasted below. */
export function Onboarding() {
  return (
    <section class="onboarding" aria-labelledby="onboarding-heading">
      <h2 id="onboarding-heading">{t('options_onboarding_heading')}</h2>
      <p>{t('options_onboarding_intro')}</p>
      <ol>
        <li>
          {t('options_onboarding_step_account')}{' '}
          <a href="https://www.themoviedb.org/signup" target="_blank" rel="noreferrer">
            themoviedb.org
          </a>
        </li>
        <li>
          {t('options_onboarding_step_settings')}{' '}
          <a href="https://www.themoviedb.org/settings/api" target="_blank" rel="noreferrer">
            {t('options_onboarding_api_link')}
          </a>
        </li>
        <li>{t('options_onboarding_step_paste')}</li>
      </ol>
    </section>
  );
}
