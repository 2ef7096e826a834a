/** Prime Video (primevideo.com and amazon.com/gp/video): cards and the detail page. */
import type { MediaType, TitleQuery } from '../types';
import { attr, inside, isFirst, textOf, titleQuery, yearIn } from './dom';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Cards in rows, search and the watchlist (2024+): title and kind in data attributes. */
  card: 'article[data-card-title]',
  /** Older rows: the packshot link to /detail/, the title in its image alt or aria-label. */
  oldCard: '[data-testid="packshot"] a[href*="/detail/"]',
  /** Detail page heading. */
  heading: 'h1[data-automation-id="title"], [data-testid="dv-node-dp-title"] h1',
};

/** data-card-entity-type values that name titles; events and channels are not titles. */
const KINDS: Record<string, MediaType> = { movie: 'movie', tv: 'tv', series: 'tv', season: 'tv' };

function readCard(card: Element): TitleQuery | null {
  const kind = attr(card, 'data-card-entity-type')?.toLowerCase();
  if (kind && !(kind in KINDS)) return null;
  return titleQuery(attr(card, 'data-card-title'), { type: kind ? KINDS[kind] : undefined });
}

function readOldCard(link: Element): TitleQuery | null {
  return titleQuery(attr(link, 'aria-label') ?? attr(link.querySelector('img[alt]'), 'alt'));
}

function readHeading(heading: Element, document: Document): TitleQuery | null {
  if (!isFirst(heading, document, SELECTORS.heading)) return null;
  const year = yearIn(textOf(document.querySelector('[data-automation-id="release-year-badge"]')));
  return titleQuery(textOf(heading), { year });
}

export const primevideo: SiteAdapter = {
  id: 'primevideo',
  name: 'Prime Video',
  matches: (url) =>
    /(^|\.)primevideo\.com$/.test(url.hostname) ||
    (/(^|\.)amazon\.com$/.test(url.hostname) && /^\/(gp\/video|Amazon-Video)/i.test(url.pathname)),
  targets: [
    { selector: SELECTORS.card, read: readCard, place: inside, watch: ['data-card-title'] },
    {
      selector: SELECTORS.oldCard,
      read: readOldCard,
      place: (link) => inside(link.parentElement ?? link),
    },
    { selector: SELECTORS.heading, read: readHeading, place: inside },
  ],
};
