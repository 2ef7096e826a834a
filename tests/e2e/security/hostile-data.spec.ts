/**
 * Hostile data from the API, end to end in the production build: TMDB
 * answers whose titles, overviews, cast and provider names carry markup,
 * scripts, `javascript:` URLs, 10,000-character strings and bidi/control
 * characters, and whose image paths point off-site. Opening their cards
 * must run nothing, request nothing off TMDB, and show only TMDB images and
 * TMDB/IMDb/YouTube links. The closed shadow roots are read through CDP.
 */
import { expect, test } from '../fixtures';
import { listPage, REAL_TITLES } from '../../fixtures/hostile/pages';
import {
  ALLOWED_IMAGE_ORIGINS,
  ALLOWED_LINK_ORIGINS,
  EVIL_HOST,
  PWNED_FLAG,
} from '../../fixtures/hostile/payloads';
import { HOSTILE_RECORDS } from '../../fixtures/hostile/records';
import { serveHostileRecords } from './hostile-api';
import {
  badgeFor,
  closeCard,
  CARD,
  expectBadges,
  openCard,
  openListPage,
  pageGlobal,
  recordHosts,
} from './helpers';
import { elementsNamed, elementsUnder, pierceDocument, textOf } from './shadow-dom';

const ENTRIES = [
  REAL_TITLES[0]!,
  ...HOSTILE_RECORDS.map((r) => ({ title: r.pageTitle, imdbId: r.imdbId, year: r.year })),
];

const PAGE_AND_TMDB_HOSTS = ['www.imdb.com', 'api.themoviedb.org', 'image.tmdb.org'];
const CHROMIUM_OWN = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/;

/** Elements that only parsing a hostile string as HTML could have created. */
const INJECTED = new Set(['script', 'iframe', 'object', 'embed', 'base', 'link', 'meta', 'form']);

/** What the open card renders: its elements (with attributes) and its text. */
async function cardContents(page: Parameters<typeof pierceDocument>[0]) {
  const [card] = elementsNamed(await pierceDocument(page), CARD);
  expect(card, 'the card host is in the document').toBeDefined();
  return { elements: elementsUnder(card!), text: textOf(card!) };
}

/** Checks every URL-bearing attribute of the card against the allowed origins. */
function expectOnlyAllowedUrls(elements: { name: string; attributes: Record<string, string> }[]) {
  for (const { name, attributes } of elements) {
    for (const [attribute, value] of Object.entries(attributes)) {
      expect(attribute.startsWith('on'), `${name} has handler ${attribute}`).toBe(false);
      if (!['src', 'srcset', 'href', 'xlink:href', 'action', 'poster'].includes(attribute))
        continue;

      for (const part of value.split(',')) {
        const origin = new URL(part.trim().split(/\s+/)[0]!, 'https://invalid.invalid').origin;
        const allowed = attribute === 'href' ? ALLOWED_LINK_ORIGINS : ALLOWED_IMAGE_ORIGINS;
        expect(allowed, `${name}[${attribute}=${value.slice(0, 80)}]`).toContain(origin);
      }
    }
  }
}

test.describe('hostile data from TMDB', () => {
  test('renders hostile records as inert text with only TMDB, IMDb and YouTube URLs', async ({
    page,
    context,
    server,
    standin,
    setApiKey,
  }) => {
    const restore = serveHostileRecords(standin, HOSTILE_RECORDS);
    const hosts = recordHosts(context, server);
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-data', listPage(ENTRIES));
    await expectBadges(page, 'matched', ENTRIES.length);

    for (const record of HOSTILE_RECORDS) {
      const badge = badgeFor(page, record.pageTitle);
      await expect(badge).toHaveAttribute('data-tmdb-id', String(record.raw.id));
      await openCard(page, badge);

      const { elements, text } = await cardContents(page);
      // The hostile title is on screen as characters, not as markup.
      expect(text).toContain(record.raw.title!.slice(0, 100));
      expect(elements.filter(({ name }) => INJECTED.has(name))).toEqual([]);
      expectOnlyAllowedUrls(elements);
      // The link built from the clean id is there, so the URL check above had links to look at.
      const hrefs = elements.map(({ attributes }) => attributes.href);
      expect(hrefs).toContain(`https://www.themoviedb.org/movie/${record.raw.id}`);
      await closeCard(page);
    }

    expect(await pageGlobal(page, PWNED_FLAG)).toBeUndefined();
    expect(hosts().filter((host) => host.includes(EVIL_HOST))).toEqual([]);
    // Nothing but the page's own host and TMDB's hosts was asked for (Chromium's own
    // update and account checks aside: they come from the browser, not from us).
    const ours = hosts().filter((host) => !CHROMIUM_OWN.test(host));
    expect(ours.filter((host) => !PAGE_AND_TMDB_HOSTS.includes(host))).toEqual([]);
    restore();
  });

  test('keeps the card usable with 10,000-character strings', async ({
    page,
    server,
    standin,
    setApiKey,
  }) => {
    const restore = serveHostileRecords(standin, HOSTILE_RECORDS);
    await setApiKey();
    await openListPage(page, server, 'ls-hostile-long', listPage(ENTRIES));
    await expectBadges(page, 'matched', ENTRIES.length);

    const long = HOSTILE_RECORDS[1]!;
    await openCard(page, badgeFor(page, long.pageTitle));

    // The card stays inside the viewport however long its strings are.
    const box = await page.locator(CARD).boundingBox();
    const viewport = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.height).toBeLessThanOrEqual(viewport.height);

    // And the page still answers.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    restore();
  });
});
