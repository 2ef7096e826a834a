/**
 * Max (max.com, formerly HBO Max): tiles whose aria-label lists the title
 * first, wrapped in invisible bidi isolates, then the row position and tags.
 */
import type { TitleQuery } from '../types';
import { after, attr, textOf, titleQuery, yearIn } from './dom';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** 2025-26 layout: one link per tile; data-sonic-type says movie or show. */
  tile: 'a[data-sonic-type][data-testid$="_tile"][aria-label]',
  /** Older layout (until 2025): styled links with the title in a strong paragraph. */
  oldTile: 'a[class*="StyledTileLinkNormal-"]',
};

/** The first isolate-wrapped segment of the label, or the text before ". Row". */
function labelTitle(label: string): string {
  const isolated = label.replace(/^[\u2066-\u2068\s]+/, '');
  if (isolated !== label) return isolated.split('\u2069')[0] ?? '';
  return label.split(/\.\s+Row\s+\d/)[0] ?? label;
}

function readTile(tile: Element): TitleQuery | null {
  const kind = attr(tile, 'data-sonic-type');
  // Sports, channels and collections also use tiles.
  if (kind !== 'movie' && kind !== 'show') return null;

  const label = attr(tile, 'aria-label') ?? '';
  const year = yearIn(label.match(/Released in (\d{4})/)?.[0]);
  return titleQuery(labelTitle(label), { type: kind === 'show' ? 'tv' : 'movie', year });
}

function readOldTile(tile: Element): TitleQuery | null {
  return titleQuery(textOf(tile.querySelector('p[class*="md_strong-"]')));
}

export const max: SiteAdapter = {
  id: 'max',
  name: 'Max',
  matches: (url) => /(^|\.)(max|hbomax)\.com$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.tile, read: readTile, place: after, watch: ['aria-label'] },
    { selector: SELECTORS.oldTile, read: readOldTile, place: after },
  ],
};
