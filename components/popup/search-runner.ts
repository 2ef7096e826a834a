/**
 * Search as you type without flooding TMDB: the text is searched only once
 * typing pauses, and an answer that arrives after newer text was typed is
 * dropped, so a slow early answer never replaces the results of a later one.
 */

export type SearchState<T> =
  | { status: 'idle' }
  | { status: 'loading'; text: string }
  | { status: 'done'; text: string; results: T[] }
  | { status: 'error'; text: string; error: unknown };

export interface SearchRunnerOptions<T> {
  /** Runs one search; `signal` aborts when the answer is no longer wanted. */
  search: (text: string, signal: AbortSignal) => Promise<T[]>;
  /** Receives every state change, newest search only. */
  onState: (state: SearchState<T>) => void;
  /** The pause in typing before a search starts. */
  delayMs?: number;
  /** Stops the pending timer and drops any answer still on its way. */
  signal: AbortSignal;
}

export interface SearchRunner {
  /** The field changed: search `text` after the pause (empty text goes idle at once). */
  update: (text: string) => void;
  /** Search `text` now, skipping the pause (a recent search picked, a pending lookup). */
  now: (text: string) => void;
}

export const SEARCH_DELAY_MS = 250;

/** Creates a debounced search whose stale answers are dropped. */
export function createSearchRunner<T>(options: SearchRunnerOptions<T>): SearchRunner {
  const { search, onState, delayMs = SEARCH_DELAY_MS, signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: AbortController | undefined;

  // Whatever was pending or in flight is superseded by the newest text.
  const supersede = () => {
    clearTimeout(timer);
    current?.abort();
    current = undefined;
  };
  signal.addEventListener('abort', supersede);

  const run = (text: string) => {
    supersede();
    const controller = new AbortController();
    current = controller;
    onState({ status: 'loading', text });

    search(text, controller.signal).then(
      (results) => controller.signal.aborted || onState({ status: 'done', text, results }),
      (error: unknown) => controller.signal.aborted || onState({ status: 'error', text, error }),
    );
  };

  const start = (text: string, wait: boolean) => {
    if (signal.aborted) return;
    const query = text.trim();
    supersede();

    if (query === '') {
      onState({ status: 'idle' });
      return;
    }

    if (wait) timer = setTimeout(() => run(query), delayMs);
    else run(query);
  };

  return { update: (text) => start(text, true), now: (text) => start(text, false) };
}
