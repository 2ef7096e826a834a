/**
 * Hands text from the context-menu entry to the popup. The background puts
 * the selected text in storage.session (`pendingSearch`) and opens the popup;
 * the popup takes it once, so reopening the popup later starts empty.
 */
import { browser } from '../../utils/browser';
import { reportError } from '../../utils/logger';

export const PENDING_SEARCH_KEY = 'pendingSearch';

/**
 * Calls `onText` with the pending text now, and again if the background
 * writes one while the popup is open (opening the popup can outrun the
 * write), until `signal` aborts.
 */
export function takePendingSearch(onText: (text: string) => void, signal: AbortSignal): void {
  const area = browser.storage.session;
  if (!area) return; // Browsers without session storage have no pending lookups either.

  const take = (value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '' || signal.aborted) return;
    onText(value);
    area.remove(PENDING_SEARCH_KEY).catch((error: unknown) => reportError('Pending search', error));
  };

  area.get(PENDING_SEARCH_KEY).then(
    (stored) => take(stored[PENDING_SEARCH_KEY]),
    (error: unknown) => reportError('Pending search', error),
  );

  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'session' && PENDING_SEARCH_KEY in changes) {
      take(changes[PENDING_SEARCH_KEY]?.newValue);
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
