/**
 * The one place the extension API namespace comes from, so every module gets
 * the promise-based WebExtension API on Chrome and Firefox alike.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
