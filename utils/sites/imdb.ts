/**
 * IMDb: title pages (read from page metadata, not from heading test ids,
 * which changed between the 2022 and 2023 designs) and the title links of
 * lists, search results, charts and "More like this" rows.
 */
import type { TitleQuery } from '../types';
import { after, attr, imdbIdIn, inside, isFirst, meta, textOf, titleQuery, yearIn } from './dom';
import { jsonLdTitle } from './jsonld';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Title pages, every design: the page's one h1 (the badge goes inside it). */
  heading: 'h1',
  /** Lists, search, charts (2023+ design): title links around `.ipc-title__text`. */
  listTitle: 'a.ipc-title-link-wrapper[href*="/title/tt"]',
  /** Poster cards ("More like this", watchlists). */
  posterCard: 'a.ipc-poster-card__title[href*="/title/tt"]',
  /** Old list and chart layouts (before 2023): kept for regional mirrors and cached pages. */
  oldList: '.lister-item-header a[href*="/title/tt"], td.titleColumn a[href*="/title/tt"]',
};

/** og:type values of titles; `video.episode` pages show an episode of a series. */
function readTitlePage(heading: Element, document: Document): TitleQuery | null {
  const imdbId = meta(document, 'imdb:pageConst');
  if (!imdbId || !isFirst(heading, document, SELECTORS.heading)) return null;

  const ld = jsonLdTitle(document);
  const ogType = meta(document, 'og:type');
  if (
    ld?.kind === 'other' ||
    (ogType === 'video.other' && ld?.kind !== 'movie' && ld?.kind !== 'tv')
  ) {
    return null; // video games, podcasts and other non-titles
  }
  if (ld?.kind === 'episode' || ogType === 'video.episode') return readEpisode(heading, ld?.series);

  const type = ld?.kind === 'tv' || ogType === 'video.tv_show' ? 'tv' : 'movie';
  return titleQuery(textOf(heading) || ld?.name, {
    type,
    year: ld?.year ?? yearOfPage(document),
    imdbId,
  });
}

/** The year in "Title (1999) - IMDb" or "Title (TV Series 2005–2017) - IMDb". */
function yearOfPage(document: Document): number | undefined {
  return yearIn(meta(document, 'og:title') ?? document.title);
}

/** An episode's badge is about its series: the series link near the heading. */
function readEpisode(
  heading: Element,
  series?: { name: string | null; imdbId?: string },
): TitleQuery | null {
  const hero = heading.closest('section') ?? heading.parentElement;
  const link = Array.from(hero?.querySelectorAll('a[href*="/title/tt"]') ?? []).find((a) =>
    textOf(a),
  );
  const imdbId = series?.imdbId ?? imdbIdIn(attr(link, 'href'));
  return titleQuery(series?.name ?? textOf(link), { type: 'tv', imdbId });
}

/** Links to a title's own page ("/title/tt0133093/?ref_=…"), not to its photos or reviews. */
function titleLinkId(link: Element, document: Document): string | undefined {
  const href = attr(link, 'href') ?? '';
  if (!/\/title\/tt\d+\/?(?:[?#]|$)/.test(href)) return undefined;

  const id = imdbIdIn(href);
  return id === meta(document, 'imdb:pageConst') ? undefined : id;
}

/** List entries read "12. The Godfather"; the year is in the entry's metadata. */
function readListTitle(link: Element, document: Document): TitleQuery | null {
  const imdbId = titleLinkId(link, document);
  if (!imdbId) return null;

  const text = textOf(link.querySelector('.ipc-title__text') ?? link).replace(/^\d+\.\s+/, '');
  const item = link.closest('li, .ipc-metadata-list-summary-item, .ipc-poster-card');
  const metadata = item?.querySelector('[class*="title-metadata"], .ipc-title__subtext');
  return titleQuery(text, { imdbId, year: yearIn(textOf(metadata)) });
}

function readOldList(link: Element, document: Document): TitleQuery | null {
  const imdbId = titleLinkId(link, document);
  if (!imdbId) return null;

  const year = yearIn(
    textOf(link.parentElement?.querySelector('.lister-item-year, .secondaryInfo')),
  );
  return titleQuery(textOf(link), { imdbId, year });
}

export const imdb: SiteAdapter = {
  id: 'imdb',
  name: 'IMDb',
  matches: (url) => /(^|\.)imdb\.com$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.heading, read: readTitlePage, place: inside },
    { selector: SELECTORS.listTitle, read: readListTitle, place: after, watch: ['href'] },
    { selector: SELECTORS.posterCard, read: readListTitle, place: after, watch: ['href'] },
    { selector: SELECTORS.oldList, read: readOldList, place: after },
  ],
};
