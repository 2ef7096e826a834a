/**
 * Wikipedia: film and TV articles (an event infobox plus film or series
 * signs) and the italic title links in the tables of film and TV lists.
 */
import { cleanTitle } from '../match/clean';
import type { MediaType, TitleQuery } from '../types';
import { after, attr, imdbIdIn, inside, isFirst, textOf, titleQuery, yearIn } from './dom';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Article heading (every skin). */
  heading: 'h1#firstHeading',
  /** Film and TV infobox (also used for battles and festivals: checked in read). */
  infobox: 'table.infobox.vevent',
  /** List tables: titles are italic links. */
  listTitle: 'table.wikitable i > a[href^="/wiki/"]',
};

/** The value of a `wgName` in the page's inline configuration script. */
function configValue(document: Document, name: string): string | undefined {
  for (const script of Array.from(document.scripts)) {
    const match = script.textContent?.match(new RegExp(`"${name}":"([^"]*)"`));
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Film or series, from the infobox's row labels; null for other events. */
function infoboxType(infobox: Element): MediaType | null {
  const labels = Array.from(infobox.querySelectorAll('th')).map((th) => textOf(th).toLowerCase());
  if (
    labels.some((label) =>
      /no\. of (seasons|series|episodes)|original (network|channel)/.test(label),
    )
  )
    return 'tv';
  if (labels.some((label) => /directed by|running time|box office/.test(label))) return 'movie';
  return null;
}

/** The IMDb link of the article's external links (citations can name other titles). */
function articleImdbId(document: Document): string | undefined {
  const links = Array.from(document.querySelectorAll('a.external[href*="imdb.com/title/tt"]'));
  const own = links.find((link) => !link.closest('.reference-text, cite, .references'));
  return imdbIdIn(attr(own, 'href'));
}

function readArticle(heading: Element, document: Document): TitleQuery | null {
  const infobox = document.querySelector(SELECTORS.infobox);
  const boxType = infobox ? infoboxType(infobox) : null;
  if (!boxType || !isFirst(heading, document, SELECTORS.heading)) return null;

  // "Titanic (1997 film)" → title, year and type.
  const cleaned = cleanTitle(configValue(document, 'wgTitle') ?? textOf(heading));
  const released = textOf(infobox?.querySelector('.dtstart, .published, [class*="date"]'));
  return titleQuery(cleaned.title, {
    type: cleaned.type ?? boxType,
    year: cleaned.year ?? yearIn(released),
    wikidataId: configValue(document, 'wgWikibaseItemId'),
    imdbId: articleImdbId(document),
  });
}

/** Whether the page is a list of films or programmes, where italic links are titles. */
function isTitleList(document: Document): boolean {
  const name = configValue(document, 'wgTitle') ?? document.title;
  return /film|movie|television|series|programs|programmes|filmography|box office|academy award/i.test(
    name,
  );
}

function readListTitle(link: Element, document: Document): TitleQuery | null {
  if (!isTitleList(document) || link.classList.contains('new')) return null; // red links have no article
  const hint = cleanTitle(attr(link, 'title') ?? '');
  const row = link.closest('tr');
  const year = hint.year ?? yearIn(textOf(row?.querySelector('td, th')));
  return titleQuery(textOf(link), { type: hint.type, year });
}

export const wikipedia: SiteAdapter = {
  id: 'wikipedia',
  name: 'Wikipedia',
  matches: (url) => /(^|\.)wikipedia\.org$/.test(url.hostname),
  targets: [
    { selector: SELECTORS.heading, read: readArticle, place: inside },
    { selector: SELECTORS.listTitle, read: readListTitle, place: after },
  ],
};
