/**
 * The popup's search: a combobox whose results list is driven from the
 * keyboard without leaving the field (ArrowUp/Down move, Enter opens,
 * Escape clears), with the status of the search announced politely.
 */
import { useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { TitleSummary } from '../../utils/types';
import { t } from '../shared/i18n';
import { actionForKey, EMPTY_LISTBOX, listboxReducer, optionId } from './listbox';
import { ResultItem } from './ResultItem';
import { SearchStatus } from './SearchStatus';
import type { SearchState } from './search-runner';

interface Props {
  text: string;
  state: SearchState<TitleSummary>;
  onText: (text: string) => void;
  onOpen: (summary: TitleSummary) => void;
}

const LIST_ID = 'reelcard-results';

/** One shared empty list, so "no results" is the same value from render to render. */
const NO_RESULTS: TitleSummary[] = [];

/** The search field and its results. */
export function SearchPanel({ text, state, onText, onOpen }: Props) {
  const results = state.status === 'done' ? state.results : NO_RESULTS;
  const [list, dispatch] = useReducer(listboxReducer, EMPTY_LISTBOX);
  const field = useRef<HTMLInputElement>(null);

  // Focus starts in the field, also when coming back from a title's details; a layout
  // effect so that it is there before the first keystroke can arrive.
  useLayoutEffect(() => field.current?.focus(), []);

  useEffect(() => dispatch({ type: 'reset', count: results.length }), [results]);

  // Keep the active option in view as the arrow keys move through a long list.
  useEffect(() => {
    if (list.active >= 0) {
      document.getElementById(optionId(list.active))?.scrollIntoView({ block: 'nearest' });
    }
  }, [list.active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const action = actionForKey(event.key);
    if (action) {
      event.preventDefault();
      dispatch(action);
    } else if (event.key === 'Enter') {
      // With nothing picked yet, Enter opens the best match.
      const chosen = results[Math.max(0, list.active)];
      if (chosen) onOpen(chosen);
    } else if (event.key === 'Escape' && text !== '') {
      // Clear first; a second Escape is the browser's, which closes the popup.
      event.preventDefault();
      onText('');
    }
  };

  const expanded = results.length > 0;
  return (
    <section class="search" aria-label={t('popup_search_section')}>
      <label class="visually-hidden" for="reelcard-search">
        {t('popup_search_label')}
      </label>
      <input
        ref={field}
        id="reelcard-search"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('popup_search_placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={list.active >= 0 ? optionId(list.active) : undefined}
        value={text}
        onInput={(event) => onText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <SearchStatus state={state} />
      <ul id={LIST_ID} role="listbox" aria-label={t('popup_results_label')} hidden={!expanded}>
        {results.map((summary, index) => (
          <ResultItem
            key={`${summary.type}-${summary.id}`}
            id={optionId(index)}
            summary={summary}
            active={index === list.active}
            onOpen={() => onOpen(summary)}
          />
        ))}
      </ul>
    </section>
  );
}
