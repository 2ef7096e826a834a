/**
 * Talks to the content script of the tab the popup is about: which titles
 * that page shows, and "take me to this one". A tab where our content script
 * does not run has no receiving end; that means "not a page we run on".
 */
import { browser } from '../../utils/browser';
import type { PageEnvelope, PageProtocol, PageTitle } from '../../utils/page-messages';
import type { SiteId } from '../../utils/sites/ids';
import { siteIdOf } from '../options/site-names';

export type PageListing =
  | { status: 'titles'; site: string | null; titles: PageTitle[] }
  | { status: 'empty'; site: string | null }
  | { status: 'disabled'; site: SiteId | null }
  | { status: 'unsupported' };

/**
 * The tab to list: the one named by `?tab=<id>` when the popup was opened in
 * a window of its own (there the active tab is the popup itself), else the
 * active tab of the current window. Null when there is none.
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isSafeInteger(named) && named > 0) return named;

  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function ask<N extends keyof PageProtocol>(
  tabId: number,
  name: N,
  request: PageProtocol[N]['request'],
): Promise<PageProtocol[N]['response']> {
  const envelope: PageEnvelope<N> = { reelcardPage: name, request };
  return (await browser.tabs.sendMessage(tabId, envelope)) as PageProtocol[N]['response'];
}

/** What the page in `tabId` shows; any failure to reach it counts as unsupported. */
export async function listPageTitles(tabId: number | null): Promise<PageListing> {
  if (tabId === null) return { status: 'unsupported' };

  let answer: PageProtocol['listTitles']['response'] | undefined;
  try {
    answer = await ask(tabId, 'listTitles', {});
  } catch {
    // "Could not establish connection. Receiving end does not exist."
    return { status: 'unsupported' };
  }

  if (!answer) return { status: 'unsupported' };
  if (!answer.enabled) return { status: 'disabled', site: siteIdOf(answer.site) };
  if (answer.titles.length === 0) return { status: 'empty', site: answer.site };
  return { status: 'titles', site: answer.site, titles: answer.titles };
}

/** Scrolls the page to one title and opens its card. */
export async function revealPageTitle(tabId: number, key: string): Promise<void> {
  await ask(tabId, 'revealTitle', { key });
}
