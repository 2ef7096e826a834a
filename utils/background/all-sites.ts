/**
 * Detection on every other site, when the user opts in from the options
 * page: the content script is registered for all sites (apart from those
 * with an adapter, which the manifest already covers) while both the
 * setting is on and the optional host permission is granted.
 */
import { browser } from '../browser';
import { reportError } from '../logger';
import { loadSettings, saveSettings, watchSettings } from '../settings';
import { SITE_MATCHES } from '../sites/matches';

/** The optional host permission the opt-in asks for (see wxt.config.ts). */
export const ALL_SITES_ORIGINS = ['*://*/*'] as const;

const SCRIPT_ID = 'reelcard-all-sites';

/** Keeps the all-sites content script registered exactly while the opt-in holds. */
export function registerAllSites(): void {
  const sync = () => {
    syncAllSites().catch((error: unknown) => reportError('All-sites content script', error));
  };

  sync();
  // The worker lives as long as the browser wants; nothing here needs stopping.
  watchSettings(sync, new AbortController().signal);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}

/** Registers or unregisters the content script to match the setting and the permission. */
export async function syncAllSites(): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;

  const settings = await loadSettings();
  const granted = await browser.permissions.contains({ origins: [...ALL_SITES_ORIGINS] });
  const registered = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });

  // The permission was taken away from the browser's own settings: turn the opt-in off too.
  if (settings.allSites && !granted) await saveSettings({ allSites: false });

  const wanted = settings.allSites && granted;
  if (wanted && registered.length === 0) {
    await scripting.registerContentScripts([contentScript()]);
  } else if (!wanted && registered.length > 0) {
    await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}

/** The same files the manifest injects on the adapter sites, read from the built manifest. */
function contentScript() {
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  return {
    id: SCRIPT_ID,
    matches: [...ALL_SITES_ORIGINS],
    excludeMatches: SITE_MATCHES,
    js: declared?.js ?? [],
    css: declared?.css,
    runAt: 'document_start' as const,
  };
}
