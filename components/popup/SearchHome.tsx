/** The popup's search view: the field and its results, or recent searches while it is empty. */
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../../utils/logger';
import type { TitleSummary } from '../../utils/types';
import { clearRecentSearches, loadRecentSearches } from './recent-searches';
import { RecentSearches } from './RecentSearches';
import type { SearchState } from './search-runner';
import { SearchPanel } from './SearchPanel';

interface Props {
  text: string;
  state: SearchState<TitleSummary>;
  onText: (text: string) => void;
  onSearchNow: (text: string) => void;
  onOpen: (summary: TitleSummary) => void;
}

/** Search field, results and recent searches. */
export function SearchHome({ text, state, onText, onSearchNow, onOpen }: Props) {
  const [recent, setRecent] = useState<string[]>([]);

  useEffect(() => {
    loadRecentSearches().then(setRecent, (error: unknown) => reportError('Recent searches', error));
  }, []);

  const clear = () => {
    setRecent([]);
    clearRecentSearches().catch((error: unknown) => reportError('Recent searches', error));
  };

  return (
    <>
      <SearchPanel text={text} state={state} onText={onText} onOpen={onOpen} />
      {text.trim() === '' && (
        <RecentSearches searches={recent} onPick={onSearchNow} onClear={clear} />
      )}
    </>
  );
}
