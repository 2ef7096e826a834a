/**
 * Visits one saved page at its real address and waits for its badges. Every
 * step is bounded: a page that fails to load is reported, not waited for.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readBadges, scrollThrough, waitForBadges } from './badges';
import type { DemoPage } from './pages';
import type { PageResult } from './report';
import { shoot } from './screenshots';

/** How long one saved page may take to load from the local server. */
const LOAD_TIMEOUT_MS = 20_000;

/** The store screenshots taken on specific pages (see store/screenshots.md). */
const STORE_SHOTS: { file: RegExp; name: string }[] = [
  { file: /^netflix\//, name: '01-badges-netflix.png' },
  { file: /^imdb\/test_exists_movie/, name: '03-badges-imdb.png' },
  { file: /^letterboxd\/letterboxd_list/, name: '04-badges-letterboxd-list.png' },
];

/** "Rotten Tomatoes" → "rotten-tomatoes", for file names. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Visit {
  result: PageResult;
  /** The tab, left open so a visible demo can be browsed and a card shot taken. */
  tab: Page;
}

/** Opens `page` in a new tab, waits for badges, takes its screenshots. */
export async function visitPage(
  context: BrowserContext,
  page: DemoPage,
  index: number,
  dir: string,
): Promise<Visit> {
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { tab, result: { page, verdict: 'failed', rows: [], error: message } };
  }

  // Background tabs may be throttled; the page being looked at is the one in front.
  await tab.bringToFront();
  const { verdict, rows: firstRows } = await waitForBadges(tab);
  let rows = firstRows;
  if (rows.length > 0) {
    await scrollThrough(tab);
    rows = await readBadges(tab);
  }

  await shoot(tab, dir, `page-${String(index + 1).padStart(2, '0')}-${slug(page.site)}.png`);
  const store = STORE_SHOTS.find((shot) => shot.file.test(page.file));
  if (store) await shoot(tab, dir, store.name);

  return { tab, result: { page, verdict, rows } };
}

/** The tab to hover for the card screenshot: an IMDb title page if matched, else any match. */
export function pickCardTab(visits: Visit[]): Visit | undefined {
  const matched = visits.filter((visit) =>
    visit.result.rows.some((row) => row.state === 'matched'),
  );
  return matched.find((visit) => visit.result.page.site === 'IMDb') ?? matched[0];
}
