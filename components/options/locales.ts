/**
 * The languages and regions the preferences offer. TMDB takes any
 * "xx-YY" language and "YY" region; these are the ones with broad TMDB
 * coverage. Names come from Intl.DisplayNames in the reader's own language,
 * so no list of names needs translating.
 */

export const LANGUAGES = [
  'ar-SA', 'cs-CZ', 'da-DK', 'de-DE', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'es-ES',
  'es-MX', 'fi-FI', 'fr-CA', 'fr-FR', 'he-IL', 'hi-IN', 'hu-HU', 'id-ID', 'it-IT', 'ja-JP',
  'ko-KR', 'nl-NL', 'no-NO', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sv-SE', 'th-TH',
  'tr-TR', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW',
] as const; // prettier-ignore

export const REGIONS = [
  'AR', 'AT', 'AU', 'BE', 'BR', 'CA', 'CH', 'CL', 'CO', 'CZ', 'DE', 'DK', 'ES', 'FI', 'FR',
  'GB', 'GR', 'HU', 'ID', 'IE', 'IL', 'IN', 'IT', 'JP', 'KR', 'MX', 'NL', 'NO', 'NZ', 'PH',
  'PL', 'PT', 'RO', 'RU', 'SA', 'SE', 'SG', 'TH', 'TR', 'TW', 'UA', 'US', 'VN', 'ZA',
] as const; // prettier-ignore

/** The list with `current` added when the user's value is not in it (a default from an unusual locale). */
export function withCurrent(list: readonly string[], current: string): string[] {
  return list.includes(current) ? [...list] : [current, ...list];
}

/** "French (France)" for "fr-FR", in the reader's language; the code itself when unknown. */
export function languageName(code: string, reader?: string): string {
  return displayName('language', code, reader);
}

/** "Belgium" for "BE", in the reader's language. */
export function regionName(code: string, reader?: string): string {
  return displayName('region', code, reader);
}

function displayName(type: 'language' | 'region', code: string, reader?: string): string {
  try {
    const name = new Intl.DisplayNames(reader ? [reader] : undefined, { type }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
