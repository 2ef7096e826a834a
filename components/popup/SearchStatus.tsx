/**
 * The line under the search field: searching, how many results, none, or
 * what went wrong and how to fix it. A live region, so screen readers hear
 * the outcome without the focus leaving the field.
 */
import { browser } from '../../utils/browser';
import type { TitleSummary } from '../../utils/types';
import { t } from '../shared/i18n';
import { isKeyProblem, kindOf, searchErrorKey } from './errors';
import type { SearchState } from './search-runner';

interface Props {
  state: SearchState<TitleSummary>;
}

/** What the search is doing, in words. */
export function SearchStatus({ state }: Props) {
  return (
    <div class="search-status" role="status" aria-live="polite">
      <StatusText state={state} />
    </div>
  );
}

function StatusText({ state }: Props) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return <p class="muted">{t('popup_searching')}</p>;
    case 'done':
      return state.results.length === 0 ? (
        <p>{t('popup_no_results', state.text)}</p>
      ) : (
        <p class="visually-hidden">{t('popup_result_count', String(state.results.length))}</p>
      );
    case 'error':
      return <SearchError kind={kindOf(state.error)} />;
  }
}

function SearchError({ kind }: { kind: ReturnType<typeof kindOf> }) {
  return (
    <div class="notice error">
      <p>{t(searchErrorKey(kind))}</p>
      {isKeyProblem(kind) && (
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_open_options')}
        </button>
      )}
    </div>
  );
}
