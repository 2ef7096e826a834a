/**
 * What the open card shows for an entry: a pure mapping from the entry's
 * lookup state and the details request to the Card's props.
 */
import type { CardProps, CorrectionActions } from '../../components/card/Card';
import type { Settings } from '../../utils/settings';
import type { ErrorKind, TitleDetails, TitleSummary } from '../../utils/types';
import type { TitleEntry } from './entries';

/** Where the details request of the open card stands. */
export interface DetailsState {
  details: TitleDetails | null;
  errorKind: ErrorKind | null;
}

export interface CardActions {
  /** Asks again after a failure (the lookup or the details). */
  retry(): void;
  correction: CorrectionActions;
}

/** The matched summary of an entry, if any. */
export function summaryOf(entry: TitleEntry): TitleSummary | null {
  return entry.result?.status === 'matched' ? entry.result.summary : null;
}

/** Card props for `entry` in its current state. */
export function cardProps(
  entry: TitleEntry,
  detailsState: DetailsState,
  settings: Pick<Settings, 'region' | 'theme'>,
  actions: CardActions,
): CardProps {
  const base = {
    details: null,
    summary: summaryOf(entry),
    pageTitle: { title: entry.query.title, year: entry.query.year ?? null },
    region: settings.region,
    theme: settings.theme,
    correction: actions.correction,
  };

  switch (entry.state) {
    case 'loading':
      return { ...base, state: 'loading', correction: null };
    case 'unmatched':
      return { ...base, state: 'unmatched' };
    case 'error':
      return { ...base, state: 'error', errorKind: entry.errorKind, onRetry: actions.retry };
    case 'matched':
      return matchedProps(base, detailsState, actions);
  }
}

function matchedProps(
  base: Omit<CardProps, 'state'>,
  { details, errorKind }: DetailsState,
  actions: CardActions,
): CardProps {
  if (details) return { ...base, details, state: 'ready' };
  if (errorKind) return { ...base, state: 'error', errorKind, onRetry: actions.retry };
  return { ...base, state: 'loading' };
}

/** Remounts the card (closing the picker) when it shows another title or another match. */
export function cardIdentity(entry: TitleEntry): string {
  const summary = summaryOf(entry);
  return `${entry.key}|${entry.queryKey}|${summary ? `${summary.type}:${summary.id}` : entry.state}`;
}
