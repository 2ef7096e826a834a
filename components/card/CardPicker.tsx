/**
 * "Wrong title?": the other candidates, a search box, and "Not a title".
 * Choosing calls back with a ref (or null); the caller saves the correction
 * and updates every badge of that title.
 */
import { Component } from 'preact';
import type { TitleRef, TitleSummary } from '../../utils/types';
import { errorHint } from '../shared/errors';
import { titleWithYear, truncate } from '../shared/format';
import { t } from '../shared/i18n';
import { isTrusted } from '../shared/trusted';
import { createSearchRunner, type SearchView } from './picker-search';

/** What the picker needs from its host (content script or popup). */
export interface CorrectionActions {
  /** Candidates already known from the lookup; searched for by title when empty. */
  candidates: TitleSummary[];
  search(text: string): Promise<TitleSummary[]>;
  /** Saves the choice; `null` means "this is not a title". */
  choose(ref: TitleRef | null): Promise<void>;
  /** Set when the current match is the user's own choice: forgets it for the automatic match. */
  forget?: () => Promise<void>;
}

export interface CardPickerProps {
  actions: CorrectionActions;
  /** The title as read, to prefill the search. */
  initialText: string;
  /** The current match, left out of the list. */
  current: TitleRef | null;
  onCancel?: () => void;
}

interface PickerState extends SearchView {
  text: string;
  saving: boolean;
}

/**
 * The candidate list with a search box above it. A class component, like the
 * card's other stateful parts, so the content script needs no hooks runtime.
 */
export class CardPicker extends Component<CardPickerProps, PickerState> {
  state: PickerState = {
    text: truncate(this.props.initialText),
    saving: false,
    results: this.props.actions.candidates,
    busy: false,
    error: null,
  };

  private search = createSearchRunner(
    (text) => this.props.actions.search(text),
    (view) => this.setState(view),
  );

  /** Fills the list once: the known candidates, or a search by the page's title. */
  componentDidMount() {
    if (this.props.actions.candidates.length === 0) this.search.run(this.props.initialText);
  }

  componentWillUnmount() {
    this.search.cancel();
  }

  private choose(event: Event, ref: TitleRef | null) {
    if (!isTrusted(event) || this.state.saving) return;
    this.setState({ saving: true });
    this.props.actions.choose(ref).finally(() => this.setState({ saving: false }));
  }

  private submit = (event: Event) => {
    event.preventDefault();
    if (isTrusted(event)) this.search.run(this.state.text);
  };

  render(
    { current, onCancel }: CardPickerProps,
    { text, saving, results, busy, error }: PickerState,
  ) {
    const shown = results.filter((r) => !current || r.id !== current.id || r.type !== current.type);
    return (
      <section class="picker" aria-busy={busy || saving}>
        <form class="picker-search" role="search" onSubmit={this.submit}>
          <input
            type="search"
            aria-label={t('card_search_label')}
            value={text}
            maxLength={300}
            onInput={(event) =>
              this.setState({ text: (event.currentTarget as HTMLInputElement).value })
            }
          />
          <button type="submit">{t('card_search_button')}</button>
        </form>
        <PickerStatus busy={busy} error={error} empty={shown.length === 0} />
        <ul class="candidates">
          {shown.map((candidate) => (
            <li key={`${candidate.type}:${candidate.id}`}>
              <CandidateButton
                candidate={candidate}
                disabled={saving}
                onClick={(event) => this.choose(event, { type: candidate.type, id: candidate.id })}
              />
            </li>
          ))}
        </ul>
        <p class="picker-actions">
          <button
            type="button"
            class="link-button"
            disabled={saving}
            onClick={(e) => this.choose(e, null)}
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
}

/** Searching, failed (with the fix), or nothing found. */
function PickerStatus({
  busy,
  error,
  empty,
}: {
  busy: boolean;
  error: SearchView['error'];
  empty: boolean;
}) {
  if (busy) return <p class="status">{t('card_searching')}</p>;
  if (error) return <p class="status error">{t('card_search_failed', errorHint(error))}</p>;
  return empty ? <p class="status">{t('card_no_results')}</p> : null;
}

interface CandidateButtonProps {
  candidate: TitleSummary;
  disabled: boolean;
  onClick(event: Event): void;
}

function CandidateButton({ candidate, disabled, onClick }: CandidateButtonProps) {
  return (
    <button type="button" class="candidate" disabled={disabled} onClick={onClick}>
      <span class="candidate-title">{titleWithYear(candidate.title, candidate.year)}</span>
      <span class="candidate-kind">
        {t(candidate.type === 'tv' ? 'card_series' : 'card_movie')}
      </span>
    </button>
  );
}
