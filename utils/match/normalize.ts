/**
 * Title normalization: turns the many ways sites spell one title into one
 * comparable string. It is applied to both sides of every comparison, so a
 * rule only has to be consistent, not linguistically perfect.
 */

/** Articles dropped from the front (en, fr, de, es, it, pt); "l'" is handled apart. */
const LEADING_ARTICLES = new Set([
  'the', 'a', 'an',
  'le', 'la', 'les', 'un', 'une',
  'der', 'die', 'das', 'ein', 'eine',
  'el', 'los', 'las', 'una',
  'il', 'lo', 'gli', 'uno',
  'o', 'os', 'as', 'um', 'uma',
]); // prettier-ignore

/** Roman numerals II..XX as whole words; "I" is only converted at the end ("Rocky I"). */
const ROMAN: Record<string, number> = {
  ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10,
  xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15, xvi: 16, xvii: 17, xviii: 18, xix: 19, xx: 20,
}; // prettier-ignore

/** Removes accents by decomposing letters and dropping the combining marks. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Invisible characters sites wrap titles in: bidi isolates and marks, zero-width spaces. */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '');
}

/**
 * The comparable form of a title: lower case, no accents, "&" read as "and",
 * no punctuation, no leading article, roman numerals as digits, single spaces.
 * "The Godfather: Part II" and "Godfather Part 2" normalize alike.
 */
export function normalizeTitle(title: string, options: { keepArticles?: boolean } = {}): string {
  let text = stripAccents(stripInvisible(title)).toLowerCase();

  // Library-style "Matrix, The" puts the article last.
  text = text.replace(/,\s*(the|a|an)\s*$/, '');

  // Apostrophes join words ("Ocean's" → "oceans"), except the elided French/Italian article.
  if (!options.keepArticles) text = text.replace(/^l['’]\s*/, '');
  text = text.replace(/['’`´]/g, '');

  text = text.replace(/&/g, ' and ').replace(/\+/g, ' plus ');
  text = text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  const words = text.split(' ').filter(Boolean);
  if (!options.keepArticles) dropArticle(words);
  return words.map(romanToDigits).join(' ');
}

/** Drops one leading article, keeping at least one word ("The The" stays "the"). */
function dropArticle(words: string[]): void {
  const first = words[0];
  if (words.length > 1 && first !== undefined && LEADING_ARTICLES.has(first)) words.shift();
}

function romanToDigits(word: string, index: number, words: string[]): string {
  if (word === 'i') return index > 0 && index === words.length - 1 ? '1' : word;
  const number = ROMAN[word];
  return number === undefined ? word : String(number);
}

/** The normalized title with no spaces, so "Spider-Man" equals "Spiderman". */
export function compactTitle(title: string): string {
  return normalizeTitle(title).replace(/ /g, '');
}
