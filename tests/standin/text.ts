/** Text normalisation for search: TMDB matching ignores case and accents. */

/**
 * Splits text into lower-case, accent-free words. Apostrophes vanish rather than
 * split ("Schindler's" gives "schindlers"), so both spellings of a query match.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every query word begins some word of the title (TMDB's matching, roughly). */
export function matchesWords(queryWords: string[], titleWords: string[]): boolean {
  if (queryWords.length === 0) return false;
  return queryWords.every((q) => titleWords.some((w) => w.startsWith(q)));
}
