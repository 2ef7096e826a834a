/**
 * Which sites Reelcard works on: each site with an adapter on or off, and
 * the opt-in for every other site, which needs the optional "all sites"
 * host permission. The browser grants it only inside the user's click, so
 * the request is the first thing the handler does.
 */
import { browser } from '../../utils/browser';
import { ALL_SITES_ORIGINS } from '../../utils/background/all-sites';
import { reportError } from '../../utils/logger';
import type { Settings } from '../../utils/settings';
import { SITE_IDS } from '../../utils/sites/ids';
import { t } from '../shared/i18n';
import type { FormChange } from './settings-form';
import { siteName } from './site-names';

interface Props {
  settings: Settings;
  onChange: (change: FormChange) => void;
}

/** One checkbox per site, then the all-sites opt-in. */
export function SitesSection({ settings, onChange }: Props) {
  const toggleAllSites = (event: Event) => {
    const on = (event.currentTarget as HTMLInputElement).checked;
    const origins = { origins: [...ALL_SITES_ORIGINS] };

    // No await before this call: a permission prompt needs the click's user gesture.
    const asked = on ? browser.permissions.request(origins) : browser.permissions.remove(origins);
    asked.then(
      (granted) => onChange({ field: 'allSites', on: on && granted }),
      (error: unknown) => {
        reportError('All-sites permission', error);
        onChange({ field: 'allSites', on: false });
      },
    );
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <fieldset class="sites">
        <legend>{t('options_sites_legend')}</legend>
        {SITE_IDS.map((site) => (
          <span key={site} class="check">
            <input
              id={`site-${site}`}
              type="checkbox"
              checked={settings.sites[site]}
              onChange={(event) =>
                onChange({ field: 'site', site, on: event.currentTarget.checked })
              }
            />
            <label for={`site-${site}`}>{siteName(site)}</label>
          </span>
        ))}
      </fieldset>
      <div class="field check">
        <input
          id="all-sites"
          type="checkbox"
          checked={settings.allSites}
          aria-describedby="all-sites-hint"
          onChange={toggleAllSites}
        />
        <label for="all-sites">{t('options_all_sites')}</label>
      </div>
      <p id="all-sites-hint" class="hint">
        {t('options_all_sites_hint')}
      </p>
    </section>
  );
}
