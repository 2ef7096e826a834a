/**
 * The browser's own extension namespace, for every module the content script
 * bundles. webextension-polyfill (./browser.ts, for the worker and the
 * extension pages) would add about 3 kB gzipped to the script injected into
 * every page, and nothing the content script calls needs it: Chrome's
 * Manifest V3 and Firefox both answer `runtime.sendMessage` and `storage`
 * with promises, and `i18n` is synchronous. What they do not share is a
 * message listener answering with a promise (Chrome ignores it), so listeners
 * here answer through `sendResponse`.
 */
import type { Browser } from 'webextension-polyfill';

export type { Runtime } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

/** Firefox's `browser`, else Chrome's `chrome`, typed as the promise-based API both offer. */
export const browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Browser;
