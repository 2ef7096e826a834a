/**
 * About, credits and privacy. TMDB's terms ask for an approved logo, less
 * prominent than our own mark, and their exact notice; where-to-watch data
 * comes from JustWatch through TMDB and is credited too.
 */
import { t } from '../shared/i18n';

/** The exact wording TMDB asks for; kept in English as TMDB words it. */
export const TMDB_NOTICE =
  'This product uses the TMDB API but is not endorsed or certified by TMDB.';

/** Credits and the privacy statement. */
export function AboutSection() {
  return (
    <section aria-labelledby="about-heading" class="about">
      <h2 id="about-heading">{t('options_about_heading')}</h2>
      <div class="credits" id="attribution">
        <a href="https://www.themoviedb.org" target="_blank" rel="noreferrer" class="tmdb-logo">
          <img src="/logo/tmdb.svg" alt="The Movie Database (TMDB)" width={110} height={14} />
        </a>
        <p lang="en" class="tmdb-notice">
          {TMDB_NOTICE}
        </p>
        <p>
          {t('options_about_tmdb')}{' '}
          <a href="https://www.themoviedb.org" target="_blank" rel="noreferrer">
            https://www.themoviedb.org
          </a>
        </p>
        <p>
          {t('options_about_justwatch')}{' '}
          <a href="https://www.justwatch.com" target="_blank" rel="noreferrer">
            JustWatch
          </a>
        </p>
      </div>
      <h3>{t('options_privacy_heading')}</h3>
      <ul class="privacy">
        <li>{t('options_privacy_sent')}</li>
        <li>{t('options_privacy_stored')}</li>
        <li>{t('options_privacy_none')}</li>
      </ul>
    </section>
  );
}
