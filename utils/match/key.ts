/** Keys under which a user's correction of a detected title is remembered. */
import type { TitleQuery } from '../types';
import { pageHints } from './choose';
import { normalizeTitle } from './normalize';

/**
 * A stable key for a detected title: normalized cleaned title, year and type
 * hint. "The Matrix (1999)" on one site and "Matrix" with year 1999 on another
 * share a key, so one correction serves both.
 */
export function correctionKey(query: TitleQuery): string {
  const hints = pageHints(query);
  return [normalizeTitle(hints.title), hints.year ?? '', hints.type ?? ''].join('|');
}
