/**
 * The options page: first-run help, the TMDB key, preferences, sites, the
 * cache and the credits. Settings stay in step with other tabs through
 * watchSettings, so two open option pages never undo each other.
 */
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../../utils/logger';
import { sendMessage, type KeyKind } from '../../utils/messages';
import { loadSettings, watchSettings, type Settings } from '../../utils/settings';
import { t } from '../shared/i18n';
import { AboutSection } from './AboutSection';
import { CacheSection } from './CacheSection';
import { KeySection } from './KeySection';
import { Onboarding } from './Onboarding';
import { PreferencesSection } from './PreferencesSection';
import { applyChange, type FormChange } from './settings-form';
import { SitesSection } from './SitesSection';

/** The whole options page. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [keyKind, setKeyKind] = useState<KeyKind | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    loadSettings().then(setSettings, (e: unknown) => reportError('Loading settings', e));
    watchSettings(setSettings, controller.signal);
    sendMessage('keyStatus', {}).then(
      (status) => setKeyKind(status.kind),
      (e: unknown) => reportError('Key status', e),
    );
    return () => controller.abort();
  }, []);

  const change = (formChange: FormChange) => {
    if (!settings) return;
    applyChange(settings, formChange).then(
      (next) => {
        setSettings(next);
        setSaved(true);
      },
      (e: unknown) => reportError('Saving settings', e),
    );
  };

  return (
    <>
      <header class="masthead">
        <img src="/reelcard.svg" alt="" width={48} height={48} />
        <div>
          <h1>{t('extName')}</h1>
          <p class="tagline">{t('extDescription')}</p>
        </div>
      </header>
      <main>
        {keyKind === null && <Onboarding />}
        <KeySection stored={keyKind ?? null} onStored={setKeyKind} />
        {settings && <PreferencesSection settings={settings} onChange={change} />}
        {settings && <SitesSection settings={settings} onChange={change} />}
        <p class="saved" role="status">
          {saved ? t('options_saved') : ''}
        </p>
        <CacheSection />
        <AboutSection />
      </main>
    </>
  );
}
