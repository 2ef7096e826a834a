/**
 * The popup's search state as a Preact hook: a debounced, stale-safe runner
 * (search-runner.ts) that asks the background to search TMDB.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendMessage } from '../../utils/messages';
import type { TitleSummary } from '../../utils/types';
import { createSearchRunner, type SearchRunner, type SearchState } from './search-runner';

export interface TitleSearch extends SearchRunner {
  state: SearchState<TitleSummary>;
}

/** Search state plus `update` (as the user types) and `now` (no pause). */
export function useTitleSearch(): TitleSearch {
  const [state, setState] = useState<SearchState<TitleSummary>>({ status: 'idle' });
  const controller = useMemo(() => new AbortController(), []);

  const runner = useMemo(
    () =>
      createSearchRunner<TitleSummary>({
        // The background cannot be told to stop; a dropped answer is simply ignored.
        search: (text) => sendMessage('search', { text }),
        onState: setState,
        signal: controller.signal,
      }),
    [controller],
  );

  useEffect(() => () => controller.abort(), [controller]);

  return { state, update: runner.update, now: runner.now };
}
