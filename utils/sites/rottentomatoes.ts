/**
 * Rotten Tomatoes: /m/<slug> film and /tv/<slug> series pages, old
 * (mop-ratings-wrap, until 2023) and new (rt-text, media-scorecard) designs,
 * and the browse grid. A year often hides in a "_2014" slug suffix.
 */
import type { MediaType, TitleQuery } from '../types';
import {
  after,
  attr,
  inside,
  isFirst,
  meta,
  splitTitleYear,
  textOf,
  titleQuery,
  yearIn,
} from './dom';
import { jsonLdTitle } from './jsonld';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /**
   * Title headings: new design (2023+) `rt-text[slot="title"]` in the
   * scorecard or hero, and `h1[slot="titleIntro"]`; old design
   * `h1.mop-ratings-wrap__title--top` and the hero `h1[data-type="title"]`.
   */
  heading:
    'h1[data-type="title"], h1.mop-ratings-wrap__title--top, [data-qa="score-panel-title"], h1[slot="titleIntro"], media-scorecard rt-text[slot="title"], media-hero rt-text[slot="title"]',
  /** Browse and search grid tiles (2022+): caption with a title span. */
  tile: '[data-qa="discovery-media-list-item-title"], [data-qa="info-name"], search-page-media-row a[slot="title"]',
};

/** The page's own path from canonical link, og:url or location. */
function pagePath(document: Document): string {
  const canonical =
    attr(document.querySelector('link[rel="canonical"]'), 'href') ?? meta(document, 'og:url');
  try {
    return new URL(canonical ?? document.location?.href ?? '', 'https://www.rottentomatoes.com')
      .pathname;
  } catch {
    return '';
  }
}

/** Type and slug year from a path like "/m/the_batman_2022" or "/tv/the_bear". */
function fromPath(path: string): { type?: MediaType; year?: number } {
  const match = path.match(/^\/(m|tv)\/([^/]+)/);
  if (!match) return {};
  return {
    type: match[1] === 'tv' ? 'tv' : 'movie',
    year: yearIn(match[2]?.match(/_(\d{4})$/)?.[1]),
  };
}

function readPage(heading: Element, document: Document): TitleQuery | null {
  const path = fromPath(pagePath(document));
  if (!path.type || !isFirst(heading, document, SELECTORS.heading)) return null;

  const ld = jsonLdTitle(document);
  const og = splitTitleYear(meta(document, 'og:title') ?? '');
  const year =
    og.year ?? path.year ?? ld?.year ?? yearIn(textOf(document.querySelector('.h3.year')));
  return titleQuery(textOf(heading) || ld?.name || og.title, { type: path.type, year });
}

function readTile(title: Element): TitleQuery | null {
  const link = title.closest('a[href]') ?? title.parentElement?.querySelector('a[href]');
  const path = fromPath(
    new URL(attr(link, 'href') ?? '/', 'https://www.rottentomatoes.com').pathname,
  );
  const caption =
    title.closest('[data-qa="discovery-media-list-item-caption"], tile-dynamic, li') ??
    title.parentElement;
  const date = caption?.querySelector(
    '[data-qa="discovery-media-list-item-start-date"], [data-qa="info-year"]',
  );
  return titleQuery(textOf(title), { type: path.type, year: path.year ?? yearIn(textOf(date)) });
}

export const rottentomatoes: SiteAdapter = {
  id: 'rottentomatoes',
  name: 'Rotten Tomatoes',
  matches: (url) => /(^|\.)rottentomatoes\.com$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.heading, read: readPage, place: inside },
    { selector: SELECTORS.tile, read: readTile, place: after },
  ],
};
