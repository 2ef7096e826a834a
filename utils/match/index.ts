/**
 * Title matching: from what a page shows to one TMDB title, or none. Pure
 * functions; the background calls `planSearch`, sends the request, then
 * `chooseMatch`, and keys corrections with `correctionKey`.
 */
export { planSearch, type SearchPlan } from './plan';
export { chooseMatch, pageHints } from './choose';
export { correctionKey } from './key';
export { cleanTitle, type CleanedTitle } from './clean';
export { normalizeTitle } from './normalize';
