/**
 * Metacritic: browse lists and title pages, old design (until 2023) and the
 * newer product-card design. Links say /movie/ or /tv/; dates sit beside titles.
 */
import type { MediaType, TitleQuery } from '../types';
import { after, attr, inside, isFirst, textOf, titleQuery, yearIn } from './dom';
import { jsonLdTitle } from './jsonld';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Old browse rows (2018-2023): `a.title > h3` beside `.clamp-details`. */
  oldRow: 'td.clamp-summary-wrap a.title',
  /** Newer browse and search cards (2023+): one link per product card. */
  card: 'a.c-finderProductCard_container, .c-finderProductCard a[href^="/movie/"], .c-finderProductCard a[href^="/tv/"]',
  /** Title page headings: new hero, then the old product title. */
  heading: '.c-productHero_title h1, [data-testid="hero-title"] h1, .product_page_title h1',
};

function typeOf(href: string | null): MediaType | undefined {
  if (!href) return undefined;
  return /\/tv\//.test(href) ? 'tv' : /\/movie\//.test(href) ? 'movie' : undefined;
}

function readOldRow(link: Element): TitleQuery | null {
  const details = link.parentElement?.querySelector('.clamp-details');
  const type = typeOf(attr(link, 'href'));
  // Only films and series; the same rows list games and albums on other pages.
  if (!type) return null;
  return titleQuery(textOf(link.querySelector('h3') ?? link), {
    type,
    year: yearIn(textOf(details)),
  });
}

function readCard(link: Element): TitleQuery | null {
  const card = link.closest('.c-finderProductCard') ?? link;
  const heading = card.querySelector('[class*="titleHeading"] span:last-child, [data-title]');
  const title =
    attr(card.querySelector('[data-title]'), 'data-title') ??
    textOf(heading).replace(/^\d+\.\s*/, '');
  const meta = card.querySelector('[class*="_meta"]');
  return titleQuery(title, { type: typeOf(attr(link, 'href')), year: yearIn(textOf(meta)) });
}

function readHeading(heading: Element, document: Document): TitleQuery | null {
  const type = typeOf(
    document.location?.pathname ?? attr(document.querySelector('link[rel="canonical"]'), 'href'),
  );
  if (!isFirst(heading, document, SELECTORS.heading)) return null;

  const ld = jsonLdTitle(document);
  const kind = ld?.kind === 'tv' || ld?.kind === 'movie' ? ld.kind : type;
  if (!kind) return null;
  const year =
    ld?.year ??
    yearIn(
      textOf(document.querySelector('.release_year, .c-productHero_score-container ~ * time')),
    );
  return titleQuery(textOf(heading), { type: kind, year });
}

export const metacritic: SiteAdapter = {
  id: 'metacritic',
  name: 'Metacritic',
  matches: (url) => /(^|\.)metacritic\.com$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.oldRow, read: readOldRow, place: after },
    {
      selector: SELECTORS.card,
      read: readCard,
      place: (link) => inside(link.closest('.c-finderProductCard') ?? link),
    },
    { selector: SELECTORS.heading, read: readHeading, place: inside },
  ],
};
