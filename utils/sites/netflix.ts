/**
 * Netflix: browse rows, search, the billboard hero, the detail modal and the
 * player. Tiles carry only the title and the video id; type and year come from
 * the page's inline data (see netflix-data.ts) when it is there. That data
 * sits near the end of the page, so tiles read while the page is still being
 * parsed lack them; the video id (as `pageId`) lets the worker recall the
 * full query from an earlier visit.
 */
import type { TitleQuery } from '../types';
import { after, attr, inside, textOf, titleQuery } from './dom';
import { pageIdOf } from './ids';
import { netflixFacts, netflixIdIn, trackedVideoId } from './netflix-data';
import type { SiteAdapter } from './types';

const SELECTORS = {
  /** Layout saved in May 2026: one container per tile in rows, search and My List. */
  oldCard: '[data-uia="title-card-container"]',
  /** Layout from August 2026: virtualized rows reuse these links for other titles. */
  newCard: 'a[data-uia="standard-card"], a[data-uia="progress-card"]',
  /** The hero at the top of browse pages; its logo's alt is the title. */
  billboard: '[data-uia="billboard-title"]',
  /** The detail modal ("jbv"); its title is a logo image. */
  modal:
    '[data-uia="previewModal--player-titleTreatment-logo"], img.previewModal--player-titleTreatment-logo',
  /** The modal around it, where the year and the title link are. */
  modalContainer: '[class*="previewModal--container"], [data-uia="previewModal--container"]',
  /** The player's title overlay: the show or film name, then the episode. */
  player: '[data-uia="video-title"]',
};

/** aria-labels sometimes add text after " (" ("Title (Season 2 available)"). */
function labelTitle(label: string | null): string | null {
  return label ? label.split(' (')[0]! : null;
}

function withFacts(
  title: string | null,
  videoId: string | undefined,
  document: Document,
): TitleQuery | null {
  const facts = netflixFacts(document, videoId);
  return titleQuery(title, {
    type: facts.type,
    year: facts.year,
    pageId: pageIdOf('netflix', videoId),
  });
}

function readOldCard(card: Element, document: Document): TitleQuery | null {
  const link = card.querySelector('a[href*="/watch/"], a[href*="/title/"]');
  const title =
    labelTitle(attr(link, 'aria-label')) ?? textOf(card.querySelector('.fallback-text'));
  const videoId =
    netflixIdIn(attr(link, 'href')) ??
    trackedVideoId(card.querySelector('[data-ui-tracking-context]'));
  return withFacts(title, videoId, document);
}

function readNewCard(link: Element, document: Document): TitleQuery | null {
  return withFacts(labelTitle(attr(link, 'aria-label')), netflixIdIn(attr(link, 'href')), document);
}

function readBillboard(heading: Element, document: Document): TitleQuery | null {
  const logo = heading.querySelector('img[alt]');
  const title = attr(logo, 'alt') ?? attr(logo, 'title') ?? textOf(heading);
  return withFacts(title, trackedVideoId(heading), document);
}

function readModal(logo: Element, document: Document): TitleQuery | null {
  // Start above the logo: its own data-uia also starts with "previewModal".
  const modal = logo.parentElement?.closest(SELECTORS.modalContainer) ?? document;
  const link = modal.querySelector('a[href*="/title/"], a[href*="/watch/"]');
  const videoId = netflixIdIn(attr(link, 'href')) ?? netflixIdIn(document.location?.search);
  const query = withFacts(attr(logo, 'alt'), videoId, document);

  // The modal prints the year beside the maturity rating.
  const year = Number(
    textOf(modal.querySelector('[data-uia="videoMetadata--container"] .year, .year')),
  );
  return query && year > 1870 ? { ...query, year: query.year ?? year } : query;
}

function readPlayer(overlay: Element): TitleQuery | null {
  // The first line is the show or film; episode lines follow in spans.
  return titleQuery(textOf(overlay.querySelector('h4')) || textOf(overlay));
}

export const netflix: SiteAdapter = {
  id: 'netflix',
  name: 'Netflix',
  matches: (url) => /(^|\.)netflix\.com$/.test(url.hostname),
  targets: [
    {
      selector: SELECTORS.oldCard,
      read: readOldCard,
      place: inside,
      watch: ['aria-label', 'href'],
    },
    { selector: SELECTORS.newCard, read: readNewCard, place: after, watch: ['aria-label', 'href'] },
    { selector: SELECTORS.billboard, read: readBillboard, place: inside, watch: ['alt'] },
    { selector: SELECTORS.modal, read: readModal, place: after, watch: ['alt'] },
    { selector: SELECTORS.player, read: (element) => readPlayer(element), place: inside },
  ],
};
