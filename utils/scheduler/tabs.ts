/**
 * Cancels a tab's queued TMDB work when the tab navigates or closes: the
 * badges that wanted it are gone, and other tabs should not wait behind it.
 */
import { browser } from '../browser';
import type { Scheduler } from './scheduler';

/** Listens to tab navigation and removal until `signal` aborts. */
export function cancelWorkOfClosedTabs(
  scheduler: Pick<Scheduler, 'cancelTab'>,
  signal: AbortSignal,
) {
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    // A url change covers in-page (history API) navigation; 'loading' covers reloads.
    if (change.url !== undefined || change.status === 'loading') scheduler.cancelTab(tabId);
  };
  const onRemoved = (tabId: number) => scheduler.cancelTab(tabId);

  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  });
}
