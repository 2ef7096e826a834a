/** JustWatch: a single-page app; title pages head with "Title (Year)", grids link to titles. */
import type { MediaType, TitleQuery } from '../types';
import { after, attr, inside, isFirst, splitTitleYear, textOf, titleQuery, yearIn } from './dom';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Title page heading (2023-26 `title-detail-hero`; older `.title-block`). */
  heading: '.title-detail-hero__details__title, .title-detail-hero h1, .title-block h1',
  /** Grid and list tiles linking to /<country>/movie/… or /<country>/tv-show/…. */
  tile: 'a.title-list-grid__item--link, a[class*="title-list-row__column-header"]',
};

function typeOf(path: string): MediaType | undefined {
  return /\/tv-show\//.test(path) ? 'tv' : /\/movie\//.test(path) ? 'movie' : undefined;
}

function readHeading(heading: Element, document: Document): TitleQuery | null {
  const type = typeOf(document.location?.pathname ?? '');
  if (!type || !isFirst(heading, document, SELECTORS.heading)) return null;

  const shown = splitTitleYear(textOf(heading));
  const year = shown.year ?? yearIn(textOf(heading.querySelector('.release-year, span')));
  // The year span sits inside the heading; the title is the text before it.
  const title = shown.year ? shown.title : textOf(heading).replace(/\s*\(\d{4}\)\s*$/, '');
  return titleQuery(title, { type, year });
}

function readTile(link: Element): TitleQuery | null {
  const type = typeOf(attr(link, 'href') ?? '');
  if (!type) return null;

  const title =
    attr(link.querySelector('img[alt]'), 'alt') ?? attr(link, 'aria-label') ?? textOf(link);
  const shown = splitTitleYear(title ?? '');
  return titleQuery(shown.title, { type, year: shown.year });
}

export const justwatch: SiteAdapter = {
  id: 'justwatch',
  name: 'JustWatch',
  matches: (url) => /(^|\.)justwatch\.com$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.heading, read: readHeading, place: inside },
    { selector: SELECTORS.tile, read: readTile, place: after, watch: ['href'] },
  ],
};
