/**
 * Preferences other than sites: TMDB language and region, how badges look,
 * the card delay, the theme and logging. Each control saves on change; open
 * tabs follow through watchSettings.
 */
import type { Settings } from '../../utils/settings';
import { t } from '../shared/i18n';
import { LANGUAGES, languageName, REGIONS, regionName, withCurrent } from './locales';
import { BADGE_STYLES, CARD_DELAY_RANGE, THEMES, type FormChange } from './settings-form';
import { Choice } from './Choice';

interface Props {
  settings: Settings;
  onChange: (change: FormChange) => void;
}

const BADGE_STYLE_KEYS = {
  rating: 'options_badge_rating',
  'rating-votes': 'options_badge_rating_votes',
  none: 'options_badge_none',
} as const;

const THEME_KEYS = {
  system: 'options_theme_system',
  light: 'options_theme_light',
  dark: 'options_theme_dark',
} as const;

/** The preferences form. */
export function PreferencesSection({ settings, onChange }: Props) {
  const reader = t('@@ui_locale').replace('_', '-');
  const pick = (field: 'language' | 'region') => (event: Event) =>
    onChange({ field, value: (event.currentTarget as HTMLSelectElement).value });

  return (
    <section aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">{t('options_prefs_heading')}</h2>
      <div class="field">
        <label for="pref-language">{t('options_language')}</label>
        <select id="pref-language" value={settings.language} onChange={pick('language')}>
          {withCurrent(LANGUAGES, settings.language).map((code) => (
            <option key={code} value={code}>
              {languageName(code, reader)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="pref-region">{t('options_region')}</label>
        <select id="pref-region" value={settings.region} onChange={pick('region')}>
          {withCurrent(REGIONS, settings.region).map((code) => (
            <option key={code} value={code}>
              {regionName(code, reader)}
            </option>
          ))}
        </select>
      </div>
      <Choice
        name="badgeStyle"
        legend={t('options_badge_style')}
        value={settings.badgeStyle}
        options={BADGE_STYLES.map((value) => ({ value, label: t(BADGE_STYLE_KEYS[value]) }))}
        onChange={(value) => onChange({ field: 'badgeStyle', value })}
      />
      <div class="field">
        <label for="pref-delay">{t('options_card_delay')}</label>
        <input
          id="pref-delay"
          type="number"
          min={CARD_DELAY_RANGE.min}
          max={CARD_DELAY_RANGE.max}
          step={50}
          value={settings.cardDelayMs}
          aria-describedby="pref-delay-hint"
          onChange={(event) => onChange({ field: 'cardDelayMs', value: event.currentTarget.value })}
        />
        <span id="pref-delay-hint" class="hint">
          {t('options_card_delay_hint')}
        </span>
      </div>
      <Choice
        name="theme"
        legend={t('options_theme')}
        value={settings.theme}
        options={THEMES.map((value) => ({ value, label: t(THEME_KEYS[value]) }))}
        onChange={(value) => onChange({ field: 'theme', value })}
      />
      <div class="field check">
        <input
          id="pref-logging"
          type="checkbox"
          checked={settings.logging}
          onChange={(event) => onChange({ field: 'logging', on: event.currentTarget.checked })}
        />
        <label for="pref-logging">{t('options_logging')}</label>
      </div>
    </section>
  );
}
