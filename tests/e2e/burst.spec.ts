/**
 * Issue: "a burst of 200 titles never exceeds the rate ceiling and all end
 * matched". One list page shows 200 distinct real films of the stand-in's
 * catalogue at once, each needing its own search. Every badge must end
 * matched with the right id, the stand-in must never see more requests in a
 * second than the background's scheduler allows, and no request may repeat.
 * Counts only: the waits are polls on badge states, never timed assertions.
 *
 * The page is a Letterboxd list: IMDb list rows always link a tt id, which the
 * extension resolves with /find instead of a search, so an IMDb list could not
 * make the background search 200 times.
 */
import type { Page } from '@playwright/test';
import { duplicates, searchedText, titlesAskedTwice } from '../bench/requests';
import { escapeHtml } from '../fixtures/hostile/pages';
import { words, type LogEntry, type Standin } from '../standin/index';
import { BURST, RATE_PER_SECOND } from '../../utils/scheduler/limits';
import { expect, test } from './fixtures';

const TITLES = 200;
const BURST_URL = 'https://letterboxd.com/reelcard/list/burst/';

/**
 * The scheduler's guarantee is about sending: BURST at once, then
 * RATE_PER_SECOND, so any window of W ms holds at most BURST + RATE × W / 1000
 * requests (30 in a second). The stand-in logs arrivals, which trail sending
 * by a delay that varies (the worker's fetch through Chromium's network
 * service, on a machine other tests share), and bunch when a slow first
 * request lands with later ones. So a window of arrivals is compared with the
 * sends of a window this much longer.
 */
const ARRIVAL_JITTER_MS = 500;

/** The most requests the scheduler may send within `windowMs`, widened by the arrival jitter. */
function ceiling(windowMs: number): number {
  return BURST + (RATE_PER_SECOND * (windowMs + ARRIVAL_JITTER_MS)) / 1000;
}

interface Film {
  id: number;
  title: string;
  year: number;
}

/**
 * 200 well-known films that a search finds alone: the only result for their
 * own title, so the match cannot depend on ranking. Plain titles (letters,
 * spaces, apostrophes) keep the title cleaner out of the picture. Most
 * popular first, so the choice is deterministic.
 */
function pickFilms(standin: Standin): Film[] {
  const films = [...standin.catalog.movies.values()]
    .filter((movie) => movie.id < 900_000 && /^\d{4}/.test(movie.release_date))
    .filter((movie) => /^[A-Za-z][A-Za-z' ]{3,30}$/.test(movie.title))
    .sort((a, b) => b.popularity - a.popularity || a.id - b.id)
    .filter((movie) => standin.countMatches('movie', { query: movie.title }) === 1);

  const chosen = films.slice(0, TITLES).map((movie) => ({
    id: movie.id,
    title: movie.title,
    year: Number(movie.release_date.slice(0, 4)),
  }));
  expect(chosen).toHaveLength(TITLES);
  return chosen;
}

/** A poster the way Letterboxd serves lists: the name and year in data attributes. */
function poster(film: Film): string {
  const name = escapeHtml(`${film.title} (${film.year})`);
  const slug = words(film.title).join('-');
  return `<li><div class="react-component" data-component-class="LazyPoster"
    data-item-name="${name}" data-item-slug="${slug}" data-item-link="/film/${slug}/">${name}</div></li>`;
}

/** All 200 posters in a dense grid that fits one screen, so every title asks at once. */
function burstPage(films: Film[]): string {
  const style = `<style>
    ul { display: grid; grid-template-columns: repeat(8, 1fr); margin: 0; padding: 0; }
    li { list-style: none; height: 26px; overflow: hidden; font: 10px sans-serif; }
  </style>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A burst of 200 films • Letterboxd</title>${style}</head>
<body><h2>Burst</h2><ul class="poster-list">${films.map(poster).join('\n')}</ul></body></html>`;
}

/** Badge states and ids, "matched movie:603" style, keyed by title as read. */
function badgeStates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const states: Record<string, string> = {};
    for (const badge of document.querySelectorAll('reelcard-badge')) {
      const ref = `${badge.getAttribute('data-tmdb-type')}:${badge.getAttribute('data-tmdb-id')}`;
      const state = badge.getAttribute('data-state') ?? '';
      states[badge.getAttribute('data-title') ?? ''] = state === 'matched' ? ref : state;
    }
    return states;
  });
}

/** How many badges have an answer (matched, unmatched or error). */
async function answered(page: Page): Promise<number> {
  return Object.values(await badgeStates(page)).filter((state) => state !== 'loading').length;
}

/** The stand-in never saw more than the scheduler may send, per second and over the whole burst. */
function expectUnderCeiling(standin: Standin, requests: LogEntry[]): void {
  const busiest = standin.log.maxInWindow(1000);
  console.log(`burst: ${requests.length} requests, at most ${busiest} in any 1 s window`);
  expect(busiest).toBeLessThanOrEqual(ceiling(1000));

  // 200 requests need 9.5 s at 20/s after the first burst, whatever the busiest second held.
  const span = requests.at(-1)!.at - requests[0]!.at;
  expect(requests.length).toBeLessThanOrEqual(ceiling(span));
}

test('a burst of 200 titles never exceeds the rate ceiling and all end matched', async ({
  page,
  server,
  setApiKey,
  standin,
}) => {
  const films = pickFilms(standin);
  server.addPage(BURST_URL, burstPage(films));
  await setApiKey();
  const start = standin.log.length;

  await page.goto(BURST_URL);
  await expect.poll(() => answered(page), { timeout: 45_000 }).toBe(TITLES);
  const expected = Object.fromEntries(films.map((film) => [film.title, `movie:${film.id}`]));
  expect(await badgeStates(page)).toEqual(expected);

  // One search per title, nothing asked twice, nothing else asked.
  const requests = standin.log.slice(start);
  const searches = requests.map(searchedText).filter((text) => text !== null);
  expect(duplicates(requests)).toEqual([]);
  expect(titlesAskedTwice(requests)).toEqual([]);
  expect(searches.sort()).toEqual(films.map((film) => film.title).sort());
  expect(requests).toHaveLength(TITLES);
  expectUnderCeiling(standin, requests);
});
