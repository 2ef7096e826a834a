/**
 * The background service worker: it alone holds the TMDB key, and it answers
 * every lookup, details and search message through one scheduler and one
 * cache. MV3 may stop it at any moment, so nothing here keeps state that
 * matters only in memory: the cache, settings, key and corrections are stored.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { registerAllSites } from '../utils/background/all-sites';
import { registerContextMenu } from '../utils/background/context-menu';
import { createHandlers } from '../utils/background/handlers';
import { registerOnboarding } from '../utils/background/onboarding';
import { createMessageListener } from '../utils/background/router';
import { TmdbService } from '../utils/background/tmdb-service';
import { browser } from '../utils/browser';
import { reportError } from '../utils/logger';
import { chooseMatch, correctionKey, planSearch } from '../utils/match';
import { cancelWorkOfClosedTabs } from '../utils/scheduler/tabs';

export default defineBackground(() => {
  // The worker's whole life; every listener is tied to it, as everywhere else in the code.
  const lifetime = new AbortController();
  const service = new TmdbService();
  const handlers = createHandlers(service, { planSearch, chooseMatch, correctionKey });

  // Listeners are added synchronously, so a message that wakes the worker is not missed.
  const onMessage = createMessageListener(handlers);
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () =>
    browser.runtime.onMessage.removeListener(onMessage),
  );

  cancelWorkOfClosedTabs(service.scheduler, lifetime.signal);
  service.settings.watch(lifetime.signal);
  // Loading the settings now turns logging on early when the user asked for it.
  service.settings.get().catch((error: unknown) => reportError('Loading settings', error));

  // --- Registrations owned by the popup/options engineer: one import line and one call each. ---
  registerContextMenu();
  registerOnboarding();
  registerAllSites();
  // --- End of registrations. ---
});
