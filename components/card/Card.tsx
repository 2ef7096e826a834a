/**
 * The title card: shown by the content script on hover and reused by the
 * popup. It depends only on its props (no content-script globals), renders
 * all data as text, and builds every link from checked ids.
 */
import { Component } from 'preact';
import type { Theme } from '../../utils/settings';
import type { ErrorKind, TitleDetails, TitleRef, TitleSummary } from '../../utils/types';
import { errorHint } from '../shared/errors';
import { titleWithYear } from '../shared/format';
import { t } from '../shared/i18n';
import { themeAttribute } from '../shared/theme';
import { isTrusted } from '../shared/trusted';
import { CardHeader } from './CardHeader';
import { CardLinks } from './CardLinks';
import { CardOverview } from './CardOverview';
import { CardPeople } from './CardPeople';
import { CardPicker, type CorrectionActions } from './CardPicker';
import { CardProviders } from './CardProviders';

export type { CorrectionActions } from './CardPicker';

/** 'loading': details on their way; 'ready': details shown; 'unmatched': TMDB found nothing. */
export type CardState = 'loading' | 'ready' | 'unmatched' | 'error';

export interface CardProps {
  /** Everything the card shows; null until fetched. */
  details: TitleDetails | null;
  /** What is already known (the badge's match), shown while details load. */
  summary: TitleSummary | null;
  /** The title as the page shows it: the label and search text for unmatched titles. */
  pageTitle?: { title: string; year: number | null };
  /** Derived when left out: 'error' with an errorKind, 'ready' with details, else 'loading'. */
  state?: CardState;
  errorKind?: ErrorKind | null;
  /** Region code for the where-to-watch heading, e.g. "US". */
  region?: string;
  theme?: Theme;
  /** Enables "Wrong title?" and the picker; leave out where corrections make no sense. */
  correction?: CorrectionActions | null;
  /** Offered on transient errors. */
  onRetry?: () => void;
}

/**
 * The card root. A class component (it only remembers whether the picker is
 * open), so the content script ships no hooks runtime.
 */
export class Card extends Component<CardProps, { picking: boolean }> {
  state = { picking: false };

  private setPicking = (picking: boolean) => this.setState({ picking });

  render(props: CardProps, { picking }: { picking: boolean }) {
    return <CardView {...props} picking={picking} onPicking={this.setPicking} />;
  }
}

interface CardViewProps extends CardProps {
  picking: boolean;
  onPicking(open: boolean): void;
}

/** A labelled dialog holding the sections that apply to the card's state. */
function CardView({ picking, onPicking, ...props }: CardViewProps) {
  const { details, summary } = props;
  const state = cardState(props);
  const shown = details ?? summary;
  const pageTitle = props.pageTitle ?? { title: shown?.title ?? '', year: shown?.year ?? null };
  const label = t(
    'card_label',
    titleWithYear(shown?.title ?? pageTitle.title, shown?.year ?? pageTitle.year),
  );

  return (
    <div
      class="card"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      data-theme={themeAttribute(props.theme)}
    >
      <CardHeader shown={shown} pageTitle={pageTitle} />
      <CardStatus {...props} state={state} />
      {state !== 'unmatched' ? (
        <CardBody details={details} summary={summary} region={props.region} />
      ) : null}
      {props.correction ? (
        <CardCorrection
          actions={props.correction}
          pageTitle={pageTitle.title}
          current={shown ? { type: shown.type, id: shown.id } : null}
          open={picking || state === 'unmatched'}
          onToggle={onPicking}
        />
      ) : null}
    </div>
  );
}

/** The explicit state, or the one the data implies. */
export function cardState({ state, details, errorKind }: CardProps): CardState {
  if (state) return state;
  if (errorKind) return 'error';
  return details ? 'ready' : 'loading';
}

/** The line that says what is happening: loading, not found, or what failed and the fix. */
function CardStatus({ state, errorKind, onRetry }: CardProps) {
  if (state === 'loading') return <p class="status">{t('card_loading')}</p>;
  if (state === 'unmatched') return <p class="status">{t('card_unmatched')}</p>;
  if (state !== 'error') return null;
  return (
    <p class="status error" role="alert">
      {errorHint(errorKind)}{' '}
      {onRetry ? (
        <button type="button" class="link-button" onClick={(e) => isTrusted(e) && onRetry()}>
          {t('card_retry')}
        </button>
      ) : null}
    </p>
  );
}

interface CardBodyProps {
  details: TitleDetails | null;
  summary: TitleSummary | null;
  region: string | undefined;
}

/** Overview, people, where to watch and links; only the overview before details arrive. */
function CardBody({ details, summary, region }: CardBodyProps) {
  if (!details) return summary ? <CardOverview overview={summary.overview} /> : null;
  return (
    <>
      <CardOverview overview={details.overview} tagline={details.tagline} />
      <CardPeople type={details.type} makers={details.makers} cast={details.cast} />
      <CardProviders providers={details.providers} region={region} />
      <CardLinks details={details} />
    </>
  );
}

interface CardCorrectionProps {
  actions: CorrectionActions;
  pageTitle: string;
  current: TitleRef | null;
  open: boolean;
  onToggle(open: boolean): void;
}

/**
 * "Wrong title?" as a button that opens the picker in place, and "Undo my
 * choice" when the match shown is the user's own correction.
 */
function CardCorrection({ actions, pageTitle, current, open, onToggle }: CardCorrectionProps) {
  if (!open) {
    const { forget } = actions;
    return (
      <p class="correction">
        <button type="button" class="link-button" onClick={(e) => isTrusted(e) && onToggle(true)}>
          {t('card_wrong_title')}
        </button>
        {forget && (
          <button type="button" class="link-button" onClick={(e) => isTrusted(e) && void forget()}>
            {t('card_undo_correction')}
          </button>
        )}
      </p>
    );
  }
  return (
    <CardPicker
      actions={actions}
      initialText={pageTitle}
      current={current}
      onCancel={current ? () => onToggle(false) : undefined}
    />
  );
}
