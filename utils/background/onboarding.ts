/**
 * First run: a new user has no TMDB key yet, so nothing can work until they
 * add one. On install the options page opens with short steps to get a key.
 */
import { browser } from '../browser';
import { reportError } from '../logger';

/** Opens the options page once, when the extension is first installed (not on updates). */
export function registerOnboarding(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    browser.runtime.openOptionsPage().catch((error: unknown) => reportError('Onboarding', error));
  });
}
