/**
 * Generic detection for any other page (when the user turns on all sites):
 * a page about one title (JSON-LD Movie/TVSeries, og:type video.movie or
 * video.tv_show) and links to title pages on IMDb, TMDB and Letterboxd.
 */
import type { TitleQuery } from '../types';
import {
  after,
  attr,
  imdbIdIn,
  inside,
  isFirst,
  meta,
  splitTitleYear,
  textOf,
  tmdbRefIn,
  titleQuery,
} from './dom';
import { jsonLdTitle } from './jsonld';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** The page's heading carries the badge of a page-level title. */
  heading: 'h1',
  /** Title pages on the three catalogues; photo, review and person pages are excluded in read. */
  link: 'a[href*="imdb.com/title/tt"], a[href*="themoviedb.org/movie/"], a[href*="themoviedb.org/tv/"], a[href*="letterboxd.com/film/"]',
};

/** Link texts that name the site, not the title ("IMDb", "View on TMDB"…). */
const NOT_A_TITLE =
  /^(?:(?:view|see|open|watch|more)\s+(?:on|at)\s+)?(?:imdb|tmdb|the movie database|letterboxd|link|here|more|trailer|website|reviews?|\d+(?:\.\d+)?\s*\/\s*10)$/i;

function readPage(heading: Element, document: Document): TitleQuery | null {
  if (!isFirst(heading, document, SELECTORS.heading)) return null;

  const ld = jsonLdTitle(document);
  if (ld?.kind === 'movie' || ld?.kind === 'tv') {
    return titleQuery(ld.name ?? textOf(heading), {
      type: ld.kind,
      year: ld.year,
      imdbId: ld.imdbId,
    });
  }
  const ogType = meta(document, 'og:type');
  if (ogType !== 'video.movie' && ogType !== 'video.tv_show') return null;

  const og = splitTitleYear(meta(document, 'og:title') ?? textOf(heading));
  return titleQuery(og.title, { type: ogType === 'video.tv_show' ? 'tv' : 'movie', year: og.year });
}

function readLink(link: Element): TitleQuery | null {
  const href = attr(link, 'href') ?? '';
  const text = textOf(link);
  if (!text || text.length > 150 || NOT_A_TITLE.test(text)) return null;

  const shown = splitTitleYear(text);
  const tmdb = tmdbRefIn(href);
  if (tmdb) return titleQuery(shown.title, { type: tmdb.type, tmdbId: tmdb.id, year: shown.year });

  // Only a title's own page: not /title/tt…/reviews or /film/…/members.
  if (/imdb\.com\/title\/tt\d+\/?(?:[?#]|$)/.test(href)) {
    return titleQuery(shown.title, { imdbId: imdbIdIn(href), year: shown.year });
  }
  if (/letterboxd\.com\/film\/[^/]+\/?(?:[?#]|$)/.test(href))
    return titleQuery(shown.title, { year: shown.year });
  return null;
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Other sites',
  matches: () => true,
  targets: [
    { selector: SELECTORS.heading, read: readPage, place: inside },
    { selector: SELECTORS.link, read: readLink, place: after, watch: ['href'] },
  ],
};
