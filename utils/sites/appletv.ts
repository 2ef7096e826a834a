/** Apple TV+ (tv.apple.com): lockup links to /movie/… and /show/… pages, and those pages. */
import type { TitleQuery } from '../types';
import { after, attr, inside, isFirst, textOf, titleQuery } from './dom';
import { jsonLdTitle } from './jsonld';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Lockups in shelves and search (2024-26): links to umc.cmc ids. */
  lockup: 'a[href*="/movie/"][href*="umc.cmc."], a[href*="/show/"][href*="umc.cmc."]',
  /** Title pages: the product header's heading. */
  heading: 'main h1, h1',
};

function readLockup(link: Element, document: Document): TitleQuery | null {
  const href = attr(link, 'href') ?? '';
  // A lockup pointing at the page's own title repeats the heading.
  if (
    document.location &&
    href.includes(document.location.pathname) &&
    document.location.pathname.length > 1
  ) {
    return null;
  }
  const title =
    attr(link, 'aria-label') ?? attr(link.querySelector('img[alt]'), 'alt') ?? textOf(link);
  return titleQuery(title, { type: href.includes('/show/') ? 'tv' : 'movie' });
}

function readHeading(heading: Element, document: Document): TitleQuery | null {
  const path = document.location?.pathname ?? '';
  if (
    !/\/(movie|show)\/[^/]+\/umc\.cmc\./.test(path) ||
    !isFirst(heading, document, SELECTORS.heading)
  ) {
    return null;
  }
  const ld = jsonLdTitle(document);
  const type = path.includes('/show/') ? 'tv' : 'movie';
  return titleQuery(textOf(heading) || ld?.name, { type, year: ld?.year });
}

export const appletv: SiteAdapter = {
  id: 'appletv',
  name: 'Apple TV+',
  matches: (url) => url.hostname === 'tv.apple.com',
  targets: [
    { selector: SELECTORS.lockup, read: readLockup, place: after, watch: ['aria-label', 'href'] },
    { selector: SELECTORS.heading, read: readHeading, place: inside },
  ],
};
