/**
 * The picker's searches: only the latest search's answer counts, so a slow
 * answer to an earlier query never replaces a newer list.
 */
import { ReelcardError } from '../../utils/messages';
import type { ErrorKind, TitleSummary } from '../../utils/types';
import { truncate } from '../shared/format';

export interface SearchView {
  results: TitleSummary[];
  busy: boolean;
  /** Why the last search failed, or null. */
  error: ErrorKind | null;
}

export interface SearchRunner {
  run(text: string): void;
  /** Ignores every answer still on its way (the picker closed). */
  cancel(): void;
}

/** Runs `search` and reports each change of the view through `update`. */
export function createSearchRunner(
  search: (text: string) => Promise<TitleSummary[]>,
  update: (view: SearchView | Pick<SearchView, 'busy' | 'error'>) => void,
): SearchRunner {
  let latest = 0;
  return {
    run(text) {
      const query = truncate(text);
      if (!query) return;
      const ticket = ++latest;
      update({ busy: true, error: null });
      search(query).then(
        (results) => ticket === latest && update({ results, busy: false, error: null }),
        (failure: unknown) =>
          ticket === latest && update({ results: [], busy: false, error: kindOf(failure) }),
      );
    },
    cancel() {
      latest += 1;
    },
  };
}

function kindOf(error: unknown): ErrorKind {
  return error instanceof ReelcardError ? error.kind : 'internal';
}
