/**
 * The hover card on saved real pages at their real addresses: it opens after
 * the hover delay, from the badge or the title itself, and shows what the
 * stand-in knows about the title. A hover abandoned before the delay opens
 * nothing and asks nothing; there is never more than one card; a second
 * look at the same title asks TMDB nothing more.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { badgeFor, CARD, closeCard, openListPage, pageGlobal } from '../security/helpers';
import { dialogCount, type CardView } from './card-dom';
import { expectedCard, movieAnswer, type ExpectedCard } from './expected';
import {
  detailsRequests,
  openingTimes,
  outlast,
  patchSettings,
  recordOpening,
  waitForCard,
  waitForCardOf,
} from './helpers';
import { FILMS, listPage, MATRIX_PAGE, MULHOLLAND_PAGE } from './pages';

/** The hover delay these tests set, long enough to tell "after the delay" apart. */
const DELAY = 400;

/** The badge a title page puts in its heading. */
const headingBadge = (page: Page) => page.locator('h1 reelcard-badge').first();

async function matchedHeadingBadge(page: Page): Promise<Locator> {
  const badge = headingBadge(page);
  await expect(badge).toHaveAttribute('data-state', 'matched', { timeout: 20_000 });
  return badge;
}

/** The card host as the page sees it: on screen, its opacity, and whether a point on it hits it. */
interface HitProbe {
  onScreen: boolean;
  opacity: string;
  pointerEvents: string;
  hitsCard: boolean;
}

interface ProbeWindow {
  __probeCard: () => HitProbe | null;
  __staged: HitProbe | null;
}

/**
 * Installs `window.__probeCard()`, and records its answer in `window.__staged`
 * in the very task that first puts the card host on screen.
 */
function installCardProbe(cardTag: string): void {
  const win = window as unknown as ProbeWindow;
  win.__probeCard = () => {
    const host = document.querySelector(cardTag);
    if (!host) return null;
    const box = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 20);
    return {
      onScreen: box.width > 0 && box.left >= 0 && box.top >= 0 && box.top < innerHeight,
      opacity: style.opacity,
      pointerEvents: style.pointerEvents,
      hitsCard: document.elementFromPoint(x, y) === host,
    };
  };
  win.__staged = null;
  const watch = (host: Element) =>
    new MutationObserver((_, observer) => {
      const seen = win.__probeCard();
      if (!seen?.onScreen) return;
      win.__staged = seen;
      observer.disconnect();
    }).observe(host, { attributes: true, attributeFilter: ['style'] });
  const arrival = new MutationObserver(() => {
    const host = document.querySelector(cardTag);
    if (!host) return;
    arrival.disconnect();
    watch(host);
  });
  arrival.observe(document.documentElement, { childList: true });
}

/** Every part of the card against the stand-in's answer. */
function expectContent(view: CardView, expected: ExpectedCard): void {
  expect(view).toMatchObject({
    role: 'dialog',
    title: expected.title,
    year: expected.year,
    genres: expected.genres,
    rating: expected.rating,
    votes: expected.votes,
    tagline: expected.tagline,
    overview: expected.overview,
    cast: expected.cast,
  });
  expect(view.label).toContain(`${expected.title} (${expected.year})`);
  expect(view.meta).toBe(`Movie · ${expected.runtime} · ${expected.certification}`);
  expect(view.makers).toBe(expected.directors);

  // Where to watch: the region's providers, always with JustWatch's credit.
  expect(view.providersHeading).toContain('(US)');
  expect([...new Set(view.providers)].sort()).toEqual(expected.providers);
  expect(view.credit).toContain('JustWatch');

  const trailer = /^https:\/\/www\.youtube\.com\/watch\?v=([\w-]{11})$/.exec(
    view.links.trailer ?? '',
  );
  expect(expected.trailerKeys).toContain(trailer?.[1]);
  expect(view.links.tmdb).toBe(expected.tmdbUrl);
  expect(view.links.imdb).toBe(expected.imdbUrl);
}

test.describe('hover card content', () => {
  test.beforeEach(async ({ context, extensionId, setApiKey }) => {
    await setApiKey();
    await patchSettings(context, extensionId, { cardDelayMs: DELAY });
  });

  for (const site of [
    { name: 'IMDb title page (The Matrix)', url: MATRIX_PAGE, id: 603 },
    { name: 'Letterboxd film page (Mulholland Drive)', url: MULHOLLAND_PAGE, id: 1018 },
  ]) {
    test(`${site.name}: the badge's card opens after the delay with the stand-in's data`, async ({
      page,
      standin,
    }) => {
      const expected = expectedCard(await movieAnswer(standin, site.id));
      await page.goto(site.url);
      const badge = await matchedHeadingBadge(page);
      await expect(badge).toHaveAttribute('data-tmdb-id', String(site.id));

      await recordOpening(page, 'reelcard-badge');
      await badge.hover();
      const view = await waitForCard(page);

      // Opened no sooner than the delay after the pointer arrived (an ordering, not a stopwatch).
      const { hoverAt, openAt } = await openingTimes(page);
      expect(hoverAt).toBeGreaterThan(0);
      expect(openAt - hoverAt).toBeGreaterThanOrEqual(DELAY - 1);
      expectContent(view, expected);
    });
  }

  test('hovering the title itself opens the card; a second hover asks no more details', async ({
    page,
    standin,
  }) => {
    await page.goto(MATRIX_PAGE);
    const badge = await matchedHeadingBadge(page);
    const start = standin.log.length;

    // The heading's left end is the title text, well away from the badge after it.
    const heading = page.locator('h1').first();
    const box = (await heading.boundingBox())!;
    await heading.hover({ position: { x: 4, y: box.height / 2 } });
    expect((await waitForCardOf(page, 'The Matrix')).state).toBe('ready');
    expect(detailsRequests(standin, 603, start)).toBe(1);

    await closeCard(page);
    await badge.hover();
    await waitForCard(page);
    expect(detailsRequests(standin, 603, start)).toBe(1);
  });

  test('after a reload, a card whose details the worker has cached opens complete', async ({
    page,
    standin,
  }) => {
    await page.goto(MATRIX_PAGE);
    await (await matchedHeadingBadge(page)).hover();
    await waitForCardOf(page, 'The Matrix');
    await closeCard(page);

    await page.reload();
    const badge = await matchedHeadingBadge(page);
    const start = standin.log.length;
    // Every state the open card goes through, as the page sees it.
    await page.evaluate((cardTag) => {
      const states: string[] = [];
      Object.assign(window, { __cardStates: states });
      new MutationObserver(() => {
        const state = document.querySelector(cardTag)?.getAttribute('data-state');
        if (state && states.at(-1) !== state) states.push(state);
      }).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-state'],
      });
    }, CARD);

    await badge.hover();
    await waitForCardOf(page, 'The Matrix');
    // Drawn with its details during the hover delay, from the worker's cache: never "loading".
    expect(
      await page.evaluate(() => (window as unknown as { __cardStates: string[] }).__cardStates),
    ).toEqual(['ready']);
    expect(detailsRequests(standin, 603, start)).toBe(0);
  });

  test('leaving before the delay opens nothing and asks for no details', async ({
    context,
    extensionId,
    page,
    standin,
  }) => {
    const slow = 2_000;
    await patchSettings(context, extensionId, { cardDelayMs: slow });
    await page.goto(MATRIX_PAGE);
    const badge = await matchedHeadingBadge(page);
    const start = standin.log.length;

    await recordOpening(page, 'reelcard-badge');
    await badge.hover();
    await page.mouse.move(1, 1);
    const left = await page.evaluate(() => performance.now());
    const { hoverAt } = await openingTimes(page);
    // Precondition, not the assertion: the pointer really left before the delay ran out.
    expect(left - hoverAt).toBeLessThan(slow);

    await outlast(page, slow + 200);
    await expect(page.locator(`${CARD}[data-state]`)).toHaveCount(0);
    expect((await openingTimes(page)).openAt).toBe(-1);
    expect(detailsRequests(standin, 603, start)).toBe(0);
  });

  test('placed ahead transparent and letting the pointer through, the card opens opaque and takes the pointer', async ({
    page,
  }) => {
    await page.goto(MATRIX_PAGE);
    const badge = await matchedHeadingBadge(page);
    // What the page would see at the moment the card is placed ahead, taken in that task.
    await page.evaluate(installCardProbe, CARD);

    await badge.hover();
    await waitForCardOf(page, 'The Matrix');
    const staged = (await pageGlobal(page, '__staged')) as HitProbe | null;
    expect(staged).toMatchObject({ onScreen: true, opacity: '0', pointerEvents: 'none' });
    expect(staged?.hitsCard).toBe(false);

    // Open: opaque at once, and taking the pointer again once it has been painted.
    const probe = () => page.evaluate(() => (window as unknown as ProbeWindow).__probeCard());
    await expect.poll(probe).toMatchObject({
      onScreen: true,
      opacity: '1',
      pointerEvents: 'auto',
      hitsCard: true,
    });
  });

  test('only one card at a time', async ({ page, server }) => {
    // Far apart, so the first card never covers the second title.
    const rows = [
      { ...FILMS.matrix, style: 'position:fixed;top:0;left:0' },
      { ...FILMS.fightClub, style: 'position:fixed;bottom:0;right:0' },
    ];
    await openListPage(page, server, 'ls-one-card', listPage(rows));
    const first = badgeFor(page, 'The Matrix');
    const second = badgeFor(page, 'Fight Club');
    await expect(second).toHaveAttribute('data-state', 'matched', { timeout: 20_000 });

    await first.hover();
    await waitForCardOf(page, 'The Matrix');
    await second.hover();
    const view = await waitForCardOf(page, 'Fight Club');

    expect(view.label).not.toContain('The Matrix');
    await expect(page.locator(CARD)).toHaveCount(1);
    expect(await dialogCount(page)).toBe(1);
  });
});
