/**
 * "Look up “…” in Reelcard" on selected text: the selection is handed to the
 * popup through storage.session and the popup opens, searching it. Where a
 * browser cannot open the popup by script, it opens in a small window.
 */
import { browser } from '../browser';
import { reportError } from '../logger';

const MENU_ID = 'reelcard-lookup';

/** The key the popup reads (components/popup/pending-search.ts). */
const PENDING_SEARCH_KEY = 'pendingSearch';

/** Longest selection passed on; a title never needs more, a selected page would. */
const MAX_SELECTION = 200;

/** Adds the context-menu entry and answers its clicks. Call once per background start. */
export function registerContextMenu(): void {
  // Created on every start: a persistent Firefox background page loses menus made only
  // on install, and removing first avoids a duplicate-id error where they survived.
  browser.contextMenus
    .removeAll()
    .then(() => createMenu())
    .catch((error: unknown) => reportError('Context menu', error));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    lookUp(info.selectionText ?? '', tab?.id);
  });
}

function createMenu(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    // "%s" is replaced by the browser with the selected text.
    title: browser.i18n.getMessage('context_menu_lookup') || 'Look up “%s” in Reelcard',
    contexts: ['selection'],
  });
}

function lookUp(selection: string, tabId: number | undefined): void {
  const text = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  if (text === '') return;

  // Open before any await: Firefox lets openPopup run only inside the click's handler.
  const opening = openPopup(tabId);
  const saving = browser.storage.session.set({ [PENDING_SEARCH_KEY]: text });
  Promise.all([opening, saving]).catch((error: unknown) => reportError('Context lookup', error));
}

/** The toolbar popup where the browser can open it from script, else a small window. */
async function openPopup(tabId: number | undefined): Promise<void> {
  // Firefox's Manifest V2 build has browserAction where Manifest V3 has action.
  const action = browser.action ?? browser.browserAction;
  try {
    if (action?.openPopup) {
      await action.openPopup();
      return;
    }
  } catch (error) {
    // No focused window, or a browser that refuses it: the window below still works.
    reportError('openPopup', error);
  }

  // The window's own tab would be "the active tab", so name the page the user was on.
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html${query}`),
    type: 'popup',
    width: 400,
    height: 600,
  });
}
