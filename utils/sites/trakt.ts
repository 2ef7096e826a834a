/** Trakt: /movies/<slug> and /shows/<slug> pages carry TMDB and IMDb ids in external links. */
import type { TitleQuery } from '../types';
import { attr, imdbIdIn, inside, isFirst, textOf, tmdbRefIn, titleQuery, yearIn } from './dom';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Title page heading (2020-26): "The Matrix <span class=year>1999</span>". */
  heading: '#summary-wrapper h1, .summary h1',
  /** Grid posters on lists, calendars and search (data-type movie|show). */
  grid: '.grid-item[data-type="movie"], .grid-item[data-type="show"]',
};

function readHeading(heading: Element, document: Document): TitleQuery | null {
  if (!isFirst(heading, document, SELECTORS.heading)) return null;

  const tmdb = tmdbRefIn(attr(document.querySelector('#external-link-tmdb'), 'href'));
  const imdbId = attr(document.querySelector('#external-link-imdb'), 'href')?.match(/tt\d+/)?.[0];
  const path = document.location?.pathname ?? '';
  const type =
    tmdb?.type ?? (/^\/shows\//.test(path) ? 'tv' : /^\/movies\//.test(path) ? 'movie' : undefined);

  // The heading's own text node is the title; year and certification are spans.
  const title = Array.from(heading.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join(' ');
  const year = yearIn(textOf(heading.querySelector('.year')));
  return titleQuery(title || textOf(heading), { type, year, tmdbId: tmdb?.id, imdbId });
}

function readGrid(item: Element): TitleQuery | null {
  const heading = item.querySelector('.titles h3, h3');
  const year = yearIn(textOf(heading?.querySelector('.year')));
  const name = attr(item.querySelector('meta[itemprop="name"]'), 'content');
  const shown = name ?? textOf(heading).replace(/\s*\d{4}$/, '');
  const tmdbId = Number(attr(item, 'data-tmdb-id')) || undefined;
  const imdbId = imdbIdIn(attr(item.querySelector('a[href*="imdb.com"]'), 'href'));
  return titleQuery(shown, {
    type: attr(item, 'data-type') === 'show' ? 'tv' : 'movie',
    year,
    tmdbId,
    imdbId,
  });
}

export const trakt: SiteAdapter = {
  id: 'trakt',
  name: 'Trakt',
  matches: (url) => /(^|\.)trakt\.tv$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.heading, read: readHeading, place: inside },
    { selector: SELECTORS.grid, read: readGrid, place: inside },
  ],
};
