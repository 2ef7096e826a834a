/**
 * Search state for the picker: starts from the lookup's candidates, searches
 * TMDB by the title when there are none, and ignores answers to searches
 * that a newer one replaced.
 */
import { useRef, useState } from 'preact/hooks';
import { ReelcardError } from '../../utils/messages';
import type { ErrorKind, TitleSummary } from '../../utils/types';
import { truncate } from '../shared/format';

export interface SearchState {
  results: TitleSummary[];
  busy: boolean;
  error: unknown;
  /** First fill: the known candidates, or a search by the page's title. */
  start(): void;
  run(text: string): void;
}

interface Searcher {
  candidates: TitleSummary[];
  search(text: string): Promise<TitleSummary[]>;
}

/** Picker search state bound to `searcher`. */
export function useSearch(searcher: Searcher, initialText: string): SearchState {
  const [results, setResults] = useState<TitleSummary[]>(searcher.candidates);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const run = (text: string) => {
    const query = truncate(text);
    if (!query) return;
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    const settle = (found: TitleSummary[], failure: unknown) => {
      // A newer search owns the list now; this answer is stale.
      if (ticket !== latest.current) return;
      setResults(found);
      setError(failure);
      setBusy(false);
    };
    searcher.search(query).then(
      (found) => settle(found, null),
      (failure: unknown) => settle([], failure),
    );
  };
  const start = () => {
    if (searcher.candidates.length === 0) run(initialText);
  };
  return { results, busy, error, start, run };
}

/** The error kind of a failed search, for the hint. */
export function searchFailureKind(error: unknown): ErrorKind {
  return error instanceof ReelcardError ? error.kind : 'internal';
}
