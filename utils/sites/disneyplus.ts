/**
 * Disney+: set tiles. Their aria-label wraps the title in badge words, so the
 * image alt is preferred; live and upcoming events and collections are tiles
 * too, and are not titles.
 */
import { cleanTitle } from '../match/clean';
import type { TitleQuery } from '../types';
import { after, attr, textOf, titleQuery, yearIn } from './dom';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Tiles in shelves, grids and continue-watching (2025-26 layout). */
  tile: 'a[data-testid="set-item"][aria-label]',
};

/** Tiles that are events or pages of many titles. */
const NOT_A_TITLE = /^(live|upcoming|replay)\b|choose feed|\bstarted \d+|\bcollection\b/i;

/** Badge words around the title in aria-labels, removed when no image alt is there. */
const BADGE_WORDS = [
  /^.*?\bBadge\s+/i,
  /\s+Select for details on this title\.?.*$/i,
  /\s+Rated\s+\S+.*$/i,
  /\s+Released\s+\d{4}.*$/i,
  /\s+Disney\+ Original.*$/i,
  /\s+\d+\s*(?:h|m|minutes?|hours?)\s+remaining.*$/i,
];

function labelTitle(label: string): string {
  const stripped = BADGE_WORDS.reduce((text, pattern) => text.replace(pattern, ''), label);
  return cleanTitle(stripped).title;
}

function readTile(tile: Element): TitleQuery | null {
  const label = attr(tile, 'aria-label') ?? '';
  const href = attr(tile, 'href') ?? '';
  // Brand and collection pages are /browse/page-…, titles /browse/entity-… or /play/….
  if (NOT_A_TITLE.test(label) || /\/page-/.test(href)) return null;

  const alt = attr(tile.querySelector('img[alt]'), 'alt');
  const cleaned = cleanTitle(label);
  const title =
    alt ??
    (textOf(
      tile.parentElement?.querySelector('[data-testid="cw-set-item-metadata"] div:last-child'),
    ) ||
      labelTitle(label));
  return titleQuery(title, {
    year: yearIn(label.match(/Released\s+(\d{4})/)?.[0]),
    type: cleaned.type,
  });
}

export const disneyplus: SiteAdapter = {
  id: 'disneyplus',
  name: 'Disney+',
  matches: (url) => /(^|\.)disneyplus\.com$/.test(url.hostname),
  targets: [{ selector: SELECTORS.tile, read: readTile, place: after, watch: ['aria-label'] }],
};
