/**
 * Messages from the popup to the content script of the active tab, so the
 * popup can list what the page shows and take the user to one title.
 * The content script answers only senders from our own extension.
 */
import type { ErrorKind, TitleSummary } from './types';

export type BadgeState = 'loading' | 'matched' | 'unmatched' | 'error';

/** One detected title as the popup lists it. */
export interface PageTitle {
  /** Stable within the page's lifetime; used to reveal the title. */
  key: string;
  title: string;
  year: number | null;
  state: BadgeState;
  summary: TitleSummary | null;
  errorKind: ErrorKind | null;
}

export interface PageProtocol {
  /** What the page shows. `enabled` is false when the user switched this site off. */
  listTitles: {
    request: Record<string, never>;
    response: { site: string | null; enabled: boolean; titles: PageTitle[] };
  };
  /** Scroll the page to a title and open its card. */
  revealTitle: { request: { key: string }; response: null };
}

export type PageMessageName = keyof PageProtocol;

export interface PageEnvelope<N extends PageMessageName = PageMessageName> {
  reelcardPage: N;
  request: PageProtocol[N]['request'];
}
