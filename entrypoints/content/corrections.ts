/**
 * The "Wrong title?" flow on the page side: searching for candidates,
 * saving the user's choice (or forgetting it), and updating every badge of
 * that title.
 */
import { truncate } from '../../components/shared/format';
import { sendMessage } from '../../utils/messages';
import type { TitleRef, TitleSummary } from '../../utils/types';
import type { TitleEntry } from './entries';

/** Searches TMDB for the picker; the text is page-influenced, so it is cut short first. */
export function searchTitles(text: string): Promise<TitleSummary[]> {
  return sendMessage('search', { text: truncate(text) });
}

export interface CorrectionDeps {
  /** Asks again for every badge of the query (a new match was chosen). */
  redo(queryKey: string): void;
  /** Removes every badge of the query ("Not a title"). */
  dismiss(queryKey: string): void;
}

/** Saves `ref` as the answer for `entry`'s query, then updates the page. */
export async function saveCorrection(
  entry: TitleEntry,
  ref: TitleRef | null,
  deps: CorrectionDeps,
): Promise<void> {
  await sendMessage('correct', { query: entry.query, ref });
  if (ref === null) deps.dismiss(entry.queryKey);
  else deps.redo(entry.queryKey);
}

/** Forgets the user's choice for `entry`'s query, then asks again for its automatic match. */
export async function forgetCorrection(
  entry: TitleEntry,
  deps: Pick<CorrectionDeps, 'redo'>,
): Promise<void> {
  await sendMessage('forgetCorrection', { query: entry.query });
  deps.redo(entry.queryKey);
}
