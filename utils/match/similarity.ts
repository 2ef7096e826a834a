/**
 * How alike two titles are, on a small fixed scale. Matching must explain its
 * choices, so similarity comes in named steps rather than a fuzzy ratio.
 */
import { compactTitle, normalizeTitle } from './normalize';

/** Same words, articles included: "Die Hard" = "Die Hard". */
export const SAME = 1;
/** Same apart from a leading article or spacing: "Godfather" ~ "The Godfather", "Spiderman" ~ "Spider-Man". */
export const NEAR_SAME = 0.9;
/** One is the other's main title before a subtitle: "Solo" ~ "Solo: A Star Wars Story". */
export const MAIN_TITLE = 0.7;
/** Most words shared, in any order. */
export const SIMILAR = 0.5;

/** Similarity of the page's title with a candidate's title (0 when unrelated). */
export function titleSimilarity(pageTitle: string, candidateTitle: string): number {
  const page = normalizeTitle(pageTitle, { keepArticles: true });
  const candidate = normalizeTitle(candidateTitle, { keepArticles: true });
  if (!page || !candidate) return 0;
  if (page === candidate) return SAME;

  if (normalizeTitle(pageTitle) === normalizeTitle(candidateTitle)) return NEAR_SAME;
  if (compactTitle(pageTitle) === compactTitle(candidateTitle)) return NEAR_SAME;

  if (mainTitle(pageTitle) === normalizeTitle(candidateTitle)) return MAIN_TITLE;
  if (mainTitle(candidateTitle) === normalizeTitle(pageTitle)) return MAIN_TITLE;

  return wordOverlap(normalizeTitle(pageTitle), normalizeTitle(candidateTitle)) >= 0.8
    ? SIMILAR
    : 0;
}

/** The part before a subtitle separator, normalized ("Solo: A Star Wars Story" → "solo"). */
function mainTitle(title: string): string | null {
  const match = title.match(/^(.+?)\s*(?::|\s[-–—]\s)/);
  return match?.[1] ? normalizeTitle(match[1]) : null;
}

/** Dice coefficient of the two word sets. */
function wordOverlap(a: string, b: string): number {
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return (2 * shared) / (wordsA.size + wordsB.size);
}
