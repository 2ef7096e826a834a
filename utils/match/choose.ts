/**
 * Picks the TMDB result a page means, or none. A wrong badge is worse than no
 * badge ("it shows the wrong film"), so a candidate must be clearly better
 * than every other before it is chosen, and the first result is never taken
 * just because TMDB ranked it first.
 */
import type { MediaType, TitleQuery, TitleSummary } from '../types';
import { cleanTitle } from './clean';
import { SAME, titleSimilarity } from './similarity';

interface PageHints {
  title: string;
  year?: number;
  type?: MediaType;
}

/** Score a candidate must reach: a same-title match with nothing against it. */
const ACCEPT = 0.9;
/** Lead the best candidate needs over the runner-up; less is a coin toss, so no match. */
const MARGIN = 0.1;

const YEAR_EXACT = 0.3;
const YEAR_NEAR = 0.15;
const YEAR_OFF = -0.8;
const TYPE_AGREES = 0.05;
const TYPE_DISAGREES = -0.5;

/** The page's hints, with decorations such as "Season 2" or "(1999)" turned into hints. */
export function pageHints(query: TitleQuery): PageHints {
  const cleaned = cleanTitle(query.title);
  return {
    title: cleaned.title,
    year: query.year ?? cleaned.year,
    type: query.type ?? cleaned.type,
  };
}

/**
 * The candidate the page clearly means, or null. Title similarity dominates;
 * the year (±1 for films, any earlier first-air year for series) and the type
 * hint confirm or rule out; votes only break a tie between same-title
 * candidates when one is far better known and the page gives no year.
 */
export function chooseMatch(query: TitleQuery, candidates: TitleSummary[]): TitleSummary | null {
  const hints = pageHints(query);
  const scored = candidates
    .filter((candidate) => candidate.type === 'movie' || candidate.type === 'tv')
    .map((candidate) => ({ candidate, score: score(hints, candidate) }))
    .sort((a, b) => b.score - a.score || b.candidate.voteCount - a.candidate.voteCount);

  const [best, second] = scored;
  if (!best || best.score < ACCEPT) return null;
  if (!second || best.score - second.score >= MARGIN - 1e-9) return best.candidate;

  // Same score: only an overwhelming difference in fame decides, and only without a year.
  if (hints.year === undefined && dominates(best.candidate, scored.slice(1), best.score)) {
    return best.candidate;
  }
  return null;
}

function score(hints: PageHints, candidate: TitleSummary): number {
  const title = Math.max(
    titleSimilarity(hints.title, candidate.title),
    candidate.originalTitle ? titleSimilarity(hints.title, candidate.originalTitle) : 0,
  );
  if (title === 0) return 0;

  return (
    title + yearScore(hints, candidate) + typeScore(hints, candidate) + partialPenalty(title, hints)
  );
}

/** A partial title match is only believable when the year confirms it. */
function partialPenalty(title: number, hints: PageHints): number {
  return title < SAME - 0.2 && hints.year === undefined ? -0.5 : 0;
}

function yearScore(hints: PageHints, candidate: TitleSummary): number {
  if (hints.year === undefined || candidate.year === null) return 0;

  const gap = hints.year - candidate.year;
  if (gap === 0) return YEAR_EXACT;
  if (Math.abs(gap) === 1) return YEAR_NEAR;

  // A series page often shows its latest season's year: any earlier start fits.
  if (candidate.type === 'tv' && gap > 0 && hints.type !== 'movie') return YEAR_NEAR;
  return YEAR_OFF;
}

function typeScore(hints: PageHints, candidate: TitleSummary): number {
  if (!hints.type) return 0;
  return hints.type === candidate.type ? TYPE_AGREES : TYPE_DISAGREES;
}

/** Whether `best` has many times the votes of every candidate scoring as well. */
function dominates(
  best: TitleSummary,
  others: { candidate: TitleSummary; score: number }[],
  top: number,
): boolean {
  const rivals = others.filter((other) => top - other.score < MARGIN);
  const mostVotes = Math.max(...rivals.map((rival) => rival.candidate.voteCount));
  return best.voteCount >= 50 && best.voteCount >= 20 * Math.max(mostVotes, 1);
}
