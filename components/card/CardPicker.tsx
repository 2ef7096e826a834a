/**
 * "Wrong title?": the other candidates, a search box, and "Not a title".
 * Choosing calls back with a ref (or null); the caller saves the correction
 * and updates every badge of that title.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TitleRef, TitleSummary } from '../../utils/types';
import { errorHint } from '../shared/errors';
import { titleWithYear, truncate } from '../shared/format';
import { t } from '../shared/i18n';
import { isTrusted } from '../shared/trusted';
import { searchFailureKind, useSearch } from './use-search';

/** What the picker needs from its host (content script or popup). */
export interface CorrectionActions {
  /** Candidates already known from the lookup; searched for by title when empty. */
  candidates: TitleSummary[];
  search(text: string): Promise<TitleSummary[]>;
  /** Saves the choice; `null` means "this is not a title". */
  choose(ref: TitleRef | null): Promise<void>;
}

export interface CardPickerProps {
  actions: CorrectionActions;
  /** The title as read, to prefill the search. */
  initialText: string;
  /** The current match, left out of the list. */
  current: TitleRef | null;
  onCancel?: () => void;
}

/** The candidate list with a search box above it. */
export function CardPicker({ actions, initialText, current, onCancel }: CardPickerProps) {
  const [text, setText] = useState(truncate(initialText));
  const [saving, setSaving] = useState(false);
  const search = useSearch(actions, initialText);

  // Fill the list once when the picker opens.
  useEffect(() => search.start(), []);

  const choose = (event: Event, ref: TitleRef | null) => {
    if (!isTrusted(event) || saving) return;
    setSaving(true);
    actions.choose(ref).finally(() => setSaving(false));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (isTrusted(event)) search.run(text);
  };

  const shown = search.results.filter(
    (r) => !current || r.id !== current.id || r.type !== current.type,
  );
  return (
    <section class="picker" aria-busy={search.busy || saving}>
      <form class="picker-search" role="search" onSubmit={submit}>
        <input
          type="search"
          aria-label={t('card_search_label')}
          value={text}
          maxLength={300}
          onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('card_search_button')}</button>
      </form>
      {search.busy ? <p class="status">{t('card_searching')}</p> : null}
      {search.error ? (
        <p class="status error">
          {t('card_search_failed', errorHint(searchFailureKind(search.error)))}
        </p>
      ) : null}
      {!search.busy && !search.error && shown.length === 0 ? (
        <p class="status">{t('card_no_results')}</p>
      ) : null}
      <ul class="candidates">
        {shown.map((candidate) => (
          <li key={`${candidate.type}:${candidate.id}`}>
            <button
              type="button"
              class="candidate"
              disabled={saving}
              onClick={(event) => choose(event, { type: candidate.type, id: candidate.id })}
            >
              <span class="candidate-title">{titleWithYear(candidate.title, candidate.year)}</span>
              <span class="candidate-kind">
                {t(candidate.type === 'tv' ? 'card_series' : 'card_movie')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p class="picker-actions">
        <button
          type="button"
          class="link-button"
          disabled={saving}
          onClick={(e) => choose(e, null)}
        >
          {t('card_not_a_title')}
        </button>
        {onCancel ? (
          <button type="button" class="link-button" onClick={(e) => isTrusted(e) && onCancel()}>
            {t('card_cancel')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
