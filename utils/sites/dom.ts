/**
 * Small DOM readers shared by the site adapters. Everything here is pure
 * reading: no observers, no network, nothing written to the page.
 */
import type { MediaType, TitleQuery } from '../types';
import type { Placement } from './types';

/** Elements of our own UI start with this; their text is never read as a page's. */
export const OWN_PREFIX = 'reelcard-';

/** Whether an element is one of ours (a badge or card host). */
export function isOwnElement(element: Element): boolean {
  return element.localName.startsWith(OWN_PREFIX);
}

/** The visible text of an element, without our badges, scripts or extra spaces. */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !skipsText(node as Element))
      text += ` ${textOf(node as Element)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function skipsText(element: Element): boolean {
  return isOwnElement(element) || /^(script|style|noscript|template|svg)$/.test(element.localName);
}

/** A trimmed attribute value, or null when missing or blank. */
export function attr(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** The content of `<meta property=…>` or `<meta name=…>`. */
export function meta(document: Document, key: string): string | null {
  return attr(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`), 'content');
}

/** The first plausible release year (1870..2099) in a text. */
export function yearIn(text: string | null | undefined): number | undefined {
  const match = text?.match(/\b(18[7-9]\d|19\d\d|20\d\d)\b/);
  return match ? Number(match[1]) : undefined;
}

/** Whether `element` is the first match of `selector`: page-level titles are read once. */
export function isFirst(element: Element, document: Document, selector: string): boolean {
  return document.querySelector(selector) === element;
}

/** An IMDb title id ("tt0133093") in a URL or text. */
export function imdbIdIn(text: string | null | undefined): string | undefined {
  return text?.match(/\/title\/(tt\d{6,10})\b/)?.[1];
}

/** A TMDB reference in a themoviedb.org URL. */
export function tmdbRefIn(href: string | null | undefined): { type: MediaType; id: number } | null {
  const match = href?.match(/themoviedb\.org\/(movie|tv)\/(\d+)/);
  return match ? { type: match[1] as MediaType, id: Number(match[2]) } : null;
}

/**
 * Builds a query, dropping empty fields; null when there is no title to show.
 * Sites' invisible direction marks are removed here once for all adapters.
 */
export function titleQuery(
  title: string | null | undefined,
  extra: Omit<TitleQuery, 'title'> = {},
): TitleQuery | null {
  const clean = title
    ?.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return null;

  const query: TitleQuery = { title: clean };
  for (const [key, value] of Object.entries(extra) as [keyof TitleQuery, unknown][]) {
    if (value !== undefined && value !== null && value !== '' && !Number.isNaN(value)) {
      (query as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return query;
}

/** Badge as the element's last child (headings, tiles whose container is not a link). */
export function inside(element: Element): Placement {
  return { anchor: element, position: 'beforeend' };
}

/** Badge right after the element (links and images that must not contain it). */
export function after(element: Element): Placement {
  return { anchor: element, position: 'afterend' };
}

/** Splits "Title (1999)" into title and year; other text is returned whole. */
export function splitTitleYear(text: string): { title: string; year?: number } {
  const match = text.match(/^(.*\S)\s*\((\d{4})\)\s*$/);
  return match?.[1] ? { title: match[1], year: Number(match[2]) } : { title: text };
}
