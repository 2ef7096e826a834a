/**
 * Reading what is inside the card's CLOSED shadow root. Playwright's
 * locators stop at closed roots, so everything here goes through the
 * DevTools protocol: the pierced DOM snapshot for content, the box model
 * for where the card is. Pressing its controls is in card-input.ts.
 */
import type { CDPSession, Page } from '@playwright/test';
import { CARD } from '../security/helpers';
import { attributesOf, collect, elementsNamed, textOf, type DomNode } from '../security/shadow-dom';

/** The card as a reader sees it, section by section. */
export interface CardView {
  state: string | null;
  role: string | null;
  label: string | null;
  /** The heading without its year. */
  title: string;
  year: string;
  /** "Movie · 2h 16m · R" */
  meta: string;
  genres: string;
  rating: string;
  votes: string;
  tagline: string;
  overview: string;
  /** The directors or creators, without their label. */
  makers: string;
  cast: string[];
  /** The where-to-watch heading, which names the region. */
  providersHeading: string;
  /** Provider logos' names, in card order. */
  providers: string[];
  credit: string;
  /** Link kind ("trailer", "tmdb", "imdb") → href. */
  links: Record<string, string>;
}

/** The class names of an element. */
export const classesOf = (node: DomNode) => (attributesOf(node).class ?? '').split(/\s+/);

/** Every element under `root` with the class `name`. */
export function byClass(root: DomNode, name: string): DomNode[] {
  return collect(root, (node) => node.nodeType === 1 && classesOf(node).includes(name));
}

const firstText = (root: DomNode, name: string) => {
  const [node] = byClass(root, name);
  return node ? textOf(node).trim() : '';
};

/** Reads the open card from a pierced snapshot; null when there is no card host. */
export function viewOf(document: DomNode): CardView | null {
  const [host] = elementsNamed(document, CARD);
  if (!host) return null;
  const [dialog] = byClass(host, 'card');
  const dialogAttributes = dialog ? attributesOf(dialog) : {};
  const year = firstText(host, 'year');

  return {
    state: attributesOf(host)['data-state'] ?? null,
    role: dialogAttributes.role ?? null,
    label: dialogAttributes['aria-label'] ?? null,
    title: firstText(host, 'title').replace(year, '').trim(),
    year: year.replace(/[()\s]/g, ''),
    meta: firstText(host, 'meta'),
    genres: firstText(host, 'genres'),
    rating: firstText(host, 'rating-value'),
    votes: firstText(host, 'votes'),
    tagline: firstText(host, 'tagline'),
    overview: firstText(host, 'overview-text'),
    makers: firstText(host, 'makers').replace(firstText(host, 'label'), '').trim(),
    cast: byClass(host, 'person-name').map((node) => textOf(node).trim()),
    providersHeading:
      byClass(host, 'providers').map((node) => firstText(node, 'section-title'))[0] ?? '',
    providers: byClass(host, 'logo').map((node) => attributesOf(node).alt ?? ''),
    credit: firstText(host, 'credit'),
    links: Object.fromEntries(
      byClass(host, 'link').map((node) => {
        const kind = classesOf(node).find((name) => name.startsWith('link-')) ?? 'link-';
        return [kind.slice('link-'.length), attributesOf(node).href ?? ''];
      }),
    ),
  };
}

/** Runs `action` with a fresh DevTools session on `page`, detached afterwards. */
export async function withCdp<T>(page: Page, action: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await action(cdp);
  } finally {
    await cdp.detach();
  }
}

/** The whole document, closed shadow roots included, in this session's node ids. */
export async function snapshot(cdp: CDPSession): Promise<DomNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  return root;
}

/** The card's content now (null without a card host). */
export function readCard(page: Page): Promise<CardView | null> {
  return withCdp(page, async (cdp) => viewOf(await snapshot(cdp)));
}

/** How many dialogs are rendered in all card hosts together (there should never be two). */
export function dialogCount(page: Page): Promise<number> {
  return withCdp(page, async (cdp) => {
    const hosts = elementsNamed(await snapshot(cdp), CARD);
    return hosts.flatMap((host) => collect(host, (n) => attributesOf(n).role === 'dialog')).length;
  });
}

/** A box in viewport coordinates (CSS pixels). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The card dialog's border box from the DevTools box model; null while there is none. */
export function cardBox(page: Page): Promise<Box | null> {
  return withCdp(page, async (cdp) => {
    const [host] = elementsNamed(await snapshot(cdp), CARD);
    const [dialog] = host ? byClass(host, 'card') : [];
    if (!dialog) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: dialog.nodeId })) as {
      model: { border: number[] };
    };
    const xs = model.border.filter((_, i) => i % 2 === 0);
    const ys = model.border.filter((_, i) => i % 2 === 1);
    return {
      left: Math.min(...xs),
      top: Math.min(...ys),
      right: Math.max(...xs),
      bottom: Math.max(...ys),
    };
  });
}
