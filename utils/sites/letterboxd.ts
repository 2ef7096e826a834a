/**
 * Letterboxd: film pages carry TMDB's own id and type on <body>; grids,
 * lists, watchlists and diaries name each film as "Title (Year)". A grid's
 * data-film-id is Letterboxd's id, never TMDB's, so it is not read.
 */
import type { TitleQuery } from '../types';
import { attr, inside, isFirst, meta, splitTitleYear, textOf, titleQuery } from './dom';
import { jsonLdTitle } from './jsonld';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Film page heading (2024-26 design: h1.primaryname; older: .film-header h1). */
  heading: 'h1.primaryname, .film-header h1, #film-page-wrapper h1.headline-1',
  /**
   * Posters: LazyPoster components (data-item-name, 2025+), older film-poster
   * divs (data-film-slug) and any poster linking to a film (data-target-link).
   */
  poster: '[data-item-name], [data-film-slug], [data-target-link^="/film/"]',
};

function readFilmPage(heading: Element, document: Document): TitleQuery | null {
  const body = document.body;
  const type = attr(body, 'data-tmdb-type');
  // Person, list and member pages share the body attributes with other types.
  if ((type !== 'movie' && type !== 'tv') || !isFirst(heading, document, SELECTORS.heading))
    return null;

  const ogTitle = splitTitleYear(meta(document, 'og:title') ?? '');
  const ld = jsonLdTitle(document);
  const tmdbId = Number(attr(body, 'data-tmdb-id')) || undefined;
  return titleQuery(textOf(heading) || ld?.name || ogTitle.title, {
    type,
    year: ogTitle.year ?? ld?.year,
    tmdbId,
    imdbId: document
      .querySelector('a[href*="imdb.com/title/tt"]')
      ?.getAttribute('href')
      ?.match(/tt\d+/)?.[0],
  });
}

/** The film slug of a poster, from whichever attribute this layout has. */
function slugOf(poster: Element): string | undefined {
  const link =
    attr(poster, 'data-item-link') ??
    attr(poster, 'data-target-link') ??
    attr(poster, 'data-film-link');
  return (
    attr(poster, 'data-item-slug') ??
    attr(poster, 'data-film-slug') ??
    link?.match(/\/film\/([^/]+)/)?.[1]
  );
}

function readPoster(poster: Element, document: Document): TitleQuery | null {
  // Nested matches (a poster div inside a poster item) count once, at the outer one.
  if (poster.parentElement?.closest(SELECTORS.poster)) return null;
  // The page's own film (its poster, its poster modal) is the heading's title.
  const slug = slugOf(poster);
  if (!slug || meta(document, 'og:url')?.includes(`/film/${slug}/`)) return null;

  const name =
    attr(poster, 'data-item-full-display-name') ??
    attr(poster, 'data-item-name') ??
    attr(poster, 'data-film-name');
  const parsed = splitTitleYear(name ?? attr(poster.querySelector('img[alt]'), 'alt') ?? '');
  const year = parsed.year ?? (Number(attr(poster, 'data-film-release-year')) || undefined);
  return titleQuery(parsed.title, { year, type: 'movie' });
}

export const letterboxd: SiteAdapter = {
  id: 'letterboxd',
  name: 'Letterboxd',
  matches: (url) => /(^|\.)letterboxd\.com$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.heading, read: readFilmPage, place: inside },
    {
      selector: SELECTORS.poster,
      read: readPoster,
      place: inside,
      watch: ['data-item-name', 'data-film-slug'],
    },
  ],
};
