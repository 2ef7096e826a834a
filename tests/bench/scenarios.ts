/**
 * The bench's two browser sessions and what each measures:
 * - page cost: the stress page scrolled top to bottom in a browser without
 *   the extension, then in a fresh profile with it (its TMDB requests are the
 *   cold, whole-page request figures);
 * - a visit: a fresh profile loads the page without scrolling (cold badges,
 *   requests for tiles never scrolled near), reloads (warm badges, warm
 *   requests), hovers badges cold, reloads and hovers them warm, and finally
 *   times the cache in the worker's IndexedDB.
 */
import type { HostServer } from '../harness/server';
import type { LogEntry } from '../standin/request-log';
import { addBadgeClock, timeToBadges, type BadgeTiming } from './badges';
import { measureCache, type CacheTiming } from './cache';
import { cardDelayMs, closeOtherTabs, launch, saveTestKey, type BenchBrowser } from './env';
import { measureHovers, type HoverSample } from './hover';
import { measurePageCost, settle, type PageCost } from './page-cost';
import { TILE_SELECTOR, tileDistances } from './probes';

export const WARM_UP_URL = 'https://www.netflix.com/reelcard-bench-blank';
export const WARM_UP_HTML = '<!doctype html><title>Bench warm-up</title><p>Blank</p>';

export interface PageCostResult {
  without: PageCost;
  with: PageCost;
  /** TMDB requests made while the extension's page was loaded and scrolled. */
  requests: LogEntry[];
}

/** Snapshot of the stand-in's log from `start` on. */
function logSince(server: HostServer, start: number): LogEntry[] {
  return server.standin.log.slice(start);
}

/** How long one browser session may take before it is closed and reported as failed. */
const SESSION_LIMIT_MS = 4 * 60_000;

/**
 * Runs `use` in a fresh browser and always closes it. Some Playwright calls
 * (evaluate) have no timeout of their own; closing the browser at the limit
 * makes any of them reject, so a stuck page cannot hold the bench.
 */
async function withBrowser<T>(
  server: HostServer,
  extensionDir: string | null,
  use: (browser: BenchBrowser) => Promise<T>,
): Promise<T> {
  const browser = await launch(server, extensionDir);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void browser.close();
  }, SESSION_LIMIT_MS);
  try {
    if (browser.worker) {
      await saveTestKey(browser);
      await closeOtherTabs(browser);
    }
    return await use(browser);
  } catch (error) {
    const limit = `${SESSION_LIMIT_MS / 60_000} minutes`;
    throw timedOut ? new Error(`A browser session ran past ${limit}`, { cause: error }) : error;
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
}

/** Prints progress to stderr, so a slow step shows where the time goes. */
export function progress(step: string): void {
  console.error(`[${new Date().toISOString().slice(11, 19)}] ${step}`);
}

export async function runPageCost(
  server: HostServer,
  extensionDir: string,
  stressUrl: string,
): Promise<PageCostResult> {
  const urls = { warmUp: WARM_UP_URL, stress: stressUrl };
  const activity = () => server.standin.log.length;
  progress('page cost without the extension');
  const without = await withBrowser(server, null, (b) => measurePageCost(b.page, urls, activity));
  progress('page cost with the extension');

  return withBrowser(server, extensionDir, async (browser) => {
    const start = server.standin.log.length;
    const cost = await measurePageCost(browser.page, urls, activity);
    return { without, with: cost, requests: logSince(server, start) };
  });
}

export interface VisitResult {
  cold: BadgeTiming;
  warm: BadgeTiming;
  /** Requests of the cold load without scrolling, and where the page's tiles were. */
  coldRequests: LogEntry[];
  distances: Record<string, number>;
  warmRequests: LogEntry[];
  hoverCold: HoverSample[];
  hoverWarm: HoverSample[];
  hoverDelayMs: number;
  cache: CacheTiming | null;
}

/** How many badges are hovered each way. */
export const HOVERS = 20;

/** The titles of the `count` tiles nearest the top: the first viewport and just below it. */
function nearestTitles(distances: Record<string, number>, count: number): string[] {
  return Object.entries(distances)
    .filter(([, distance]) => distance >= 0)
    .sort((a, b) => a[1] - b[1])
    .slice(0, count)
    .map(([title]) => title);
}

export async function runVisit(
  server: HostServer,
  extensionDir: string,
  stressUrl: string,
): Promise<VisitResult> {
  return withBrowser(server, extensionDir, async (browser) => {
    const { page } = browser;
    const activity = () => server.standin.log.length;
    await addBadgeClock(browser.context);

    progress('visit: cold badges');
    let start = server.standin.log.length;
    const cold = await timeToBadges(page, stressUrl);
    await settle(page, activity);
    const coldRequests = logSince(server, start);
    const distances = await page.evaluate(tileDistances, TILE_SELECTOR);

    progress('visit: warm badges');
    start = server.standin.log.length;
    const warm = await timeToBadges(page, null);
    await settle(page, activity);
    const warmRequests = logSince(server, start);

    const hoverDelayMs = await cardDelayMs(browser.worker!);
    const titles = nearestTitles(distances, HOVERS);
    progress('visit: hovers');
    const hoverCold = await measureHovers(page, titles, hoverDelayMs);
    await page.reload({ waitUntil: 'load' });
    await settle(page, activity);
    const hoverWarm = await measureHovers(page, titles, hoverDelayMs);

    progress('visit: cache');
    const cache = await measureCache(browser.worker!).catch((error: unknown) => {
      console.error('Cache timing failed:', error);
      return null;
    });
    return {
      cold,
      warm,
      coldRequests,
      distances,
      warmRequests,
      hoverCold,
      hoverWarm,
      hoverDelayMs,
      cache,
    };
  });
}
