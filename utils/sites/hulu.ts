/** Hulu: cover art in rows and grids; the link says series or movie. */
import type { TitleQuery } from '../types';
import { after, attr, titleQuery } from './dom';
import type { Placement, SiteAdapter } from './types';

const SELECTORS = {
  /** Tiles (2023-26): the cover image's alt reads "Cover art for <title>". */
  cover: 'img[alt^="Cover art for "]',
};

function readCover(image: Element): TitleQuery | null {
  const title = attr(image, 'alt')?.replace(/^Cover art for\s+/, '');
  const href = attr(image.closest('a'), 'href') ?? '';
  const type = /\/series\//.test(href) ? 'tv' : /\/movie\//.test(href) ? 'movie' : undefined;
  return titleQuery(title, { type });
}

/** After the tile's link, so the badge is not part of it. */
function place(image: Element): Placement {
  return after(image.closest('a') ?? image);
}

export const hulu: SiteAdapter = {
  id: 'hulu',
  name: 'Hulu',
  matches: (url) => /(^|\.)hulu\.com$/.test(url.hostname),
  targets: [{ selector: SELECTORS.cover, read: readCover, place, watch: ['alt'] }],
};
