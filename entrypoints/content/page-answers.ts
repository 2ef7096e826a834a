/**
 * Answers the popup: what titles this page shows, and "take me to this one".
 * Only our own extension may ask; the page itself has no way to reach this
 * listener, and other extensions are refused by the sender check.
 */
import { browser, type Runtime } from '../../utils/native-browser';
import type { PageEnvelope, PageProtocol, PageTitle } from '../../utils/page-messages';
import type { TitleEntry } from './entries';
import type { Run } from './run';

export interface PageState {
  run: Run | null;
  /** The site's id ("imdb"), or null on pages served by the generic detectors. */
  site: string | null;
  /** False when the user switched this site off (no adapters run). */
  enabled: boolean;
}

type ListAnswer = PageProtocol['listTitles']['response'];

/** Registers the listener until `signal` aborts. */
export function answerPopup(state: () => PageState, signal: AbortSignal): void {
  // The answer is sent at once, through sendResponse: without the polyfill, Chrome would
  // ignore a returned promise. Anything else gets no answer, leaving it to other listeners.
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id || !isPageEnvelope(message)) return;
    if (message.reelcardPage === 'listTitles') return sendResponse(listTitles(state()));
    const key = (message.request as { key?: unknown } | undefined)?.key;
    sendResponse(typeof key === 'string' ? revealTitle(state(), key) : null);
  };
  // The polyfill's types want `true` from a listener that takes sendResponse; the browsers
  // need it only for an answer sent later.
  const onMessage = listener as Runtime.OnMessageListener;
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

function isPageEnvelope(message: unknown): message is PageEnvelope {
  const name = (message as { reelcardPage?: unknown } | null)?.reelcardPage;
  return name === 'listTitles' || name === 'revealTitle';
}

/** Every title of the run in page order, as the popup lists them. */
export function listTitles({ run, site, enabled }: PageState): ListAnswer {
  const entries = run ? run.registry.all() : [];
  entries.sort((a, b) => documentOrder(a.element, b.element));
  return { site, enabled, titles: entries.map(pageTitle) };
}

/** One entry as the popup sees it. */
export function pageTitle(entry: TitleEntry): PageTitle {
  return {
    key: entry.key,
    title: entry.query.title,
    year: entry.query.year ?? null,
    state: entry.state,
    summary: entry.result?.status === 'matched' ? entry.result.summary : null,
    errorKind: entry.errorKind,
  };
}

/** Scrolls the title into view and opens its card. */
function revealTitle({ run }: PageState, key: string): null {
  const entry = run?.registry.byKey(key);
  if (!run || !entry) return null;

  // An instant scroll, so the card is placed against where the title ends up.
  entry.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  run.card.open(entry, false);
  return null;
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
