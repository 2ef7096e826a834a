/**
 * The one way interface text is looked up, so every page and card follows
 * the browser's language through `public/_locales/<lang>/messages.json`.
 */
import { browser } from '../../utils/browser';

/**
 * Returns the message `key` in the browser's language, with `$1`… replaced by
 * `substitutions`. A missing message gives the key itself, so a forgotten
 * string shows up plainly instead of as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Outside an extension context (unit tests without a fake) there are no messages.
  }
  return text || key;
}
