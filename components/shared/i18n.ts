/**
 * Localised strings for the badge and the card. Content scripts and extension
 * pages both read `_locales` through the i18n API, which is synchronous.
 */
import { browser } from '../../utils/native-browser';

/**
 * The message for `key` with `$1`…`$9` filled from `substitutions`. A missing
 * key shows as the key itself, so a gap in a locale file is visible rather
 * than an empty label.
 */
export function t(key: string, ...substitutions: (string | number | readonly string[])[]): string {
  // Accepts t(key, 'a', 'b') and, as earlier callers write it, t(key, ['a', 'b']).
  const values = substitutions.flat().map(String);
  try {
    return browser.i18n.getMessage(key, values) || key;
  } catch {
    // Outside an extension context (or after the extension reloaded) there is no i18n API.
    return key;
  }
}

/** Numbers as the reader writes them, e.g. 25,000 in English and 25 000 in French. */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return numberFormat(maximumFractionDigits).format(value);
}

// Building a formatter (and asking the browser its language) costs far more than formatting:
// a page of badges formats thousands of numbers, so each formatter is built once.
const formats = new Map<number, Intl.NumberFormat>();

function numberFormat(maximumFractionDigits: number): Intl.NumberFormat {
  let format = formats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits });
    formats.set(maximumFractionDigits, format);
  }
  return format;
}

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}
