import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The fake browser has storage but no scripting or permissions; those are stubbed here.
const scripting = {
  registered: [] as { id: string; matches?: string[]; excludeMatches?: string[]; js?: string[] }[],
  getRegisteredContentScripts: vi.fn(async () => scripting.registered),
  registerContentScripts: vi.fn(async (scripts: typeof scripting.registered) => {
    scripting.registered.push(...scripts);
  }),
  unregisterContentScripts: vi.fn(async () => {
    scripting.registered = [];
  }),
};
const permissions = { granted: false, contains: vi.fn(async () => permissions.granted) };

const api = {
  storage: fakeBrowser.storage,
  i18n: fakeBrowser.i18n,
  scripting,
  permissions,
  runtime: {
    getManifest: () => ({ content_scripts: [{ js: ['content-scripts/content.js'] }] }),
  },
};
vi.mock('../../../utils/browser', () => ({ browser: api }));
vi.mock('../../../utils/native-browser', () => ({ browser: api }));

const { syncAllSites, ALL_SITES_ORIGINS } = await import('../../../utils/background/all-sites');
const { loadSettings, saveSettings } = await import('../../../utils/settings');

describe('syncAllSites', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    scripting.registered = [];
    permissions.granted = false;
    vi.clearAllMocks();
  });

  it('registers nothing while the opt-in is off', async () => {
    permissions.granted = true;
    await syncAllSites();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('registers the content script on all sites but the adapter sites once opted in', async () => {
    permissions.granted = true;
    await saveSettings({ allSites: true });
    await syncAllSites();
    await syncAllSites();

    // Registered once, with the manifest's own script file.
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    const [script] = scripting.registered;
    expect(script?.matches).toEqual([...ALL_SITES_ORIGINS]);
    expect(script?.excludeMatches).toContain('*://*.imdb.com/*');
    expect(script?.js).toEqual(['content-scripts/content.js']);
  });

  it('unregisters when the opt-in is switched off', async () => {
    permissions.granted = true;
    await saveSettings({ allSites: true });
    await syncAllSites();
    await saveSettings({ allSites: false });
    await syncAllSites();
    expect(scripting.registered).toEqual([]);
  });

  it('turns the opt-in off when the permission was taken away in the browser', async () => {
    await saveSettings({ allSites: true });
    await syncAllSites();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    expect((await loadSettings()).allSites).toBe(false);
  });
});
