/**
 * Small helpers shared by the security and fault specs: serving a page,
 * waiting on badge states, opening a card the way a user does, and
 * recording every host the browser asked for.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { HostServer } from '../../harness/server';
import { HOSTILE_ORIGIN } from '../../fixtures/hostile/pages';

export const BADGE = 'reelcard-badge';
export const CARD = 'reelcard-card';

/** Serves `html` at a www.imdb.com list URL (where the content script runs) and opens it. */
export async function openListPage(
  page: Page,
  server: HostServer,
  slug: string,
  html: string,
): Promise<string> {
  const url = `${HOSTILE_ORIGIN}/list/${slug}/`;
  server.addPage(url, html);
  await page.goto(url);
  return url;
}

export function badges(page: Page, state?: string): Locator {
  return page.locator(state ? `${BADGE}[data-state="${state}"]` : BADGE);
}

/** The badge of the row whose title (as the page shows it) starts with `title`. */
export function badgeFor(page: Page, title: string): Locator {
  return page.locator(`${BADGE}[data-title^="${title.replace(/["\\]/g, '\\$&')}"]`);
}

/** Waits until exactly `count` badges are in `state`. */
export async function expectBadges(page: Page, state: string, count: number): Promise<void> {
  await expect(badges(page, state)).toHaveCount(count, { timeout: 30_000 });
}

/** Hovers a badge with the real mouse (a trusted event) and waits for its card to be ready. */
export async function openCard(page: Page, badge: Locator, state = 'ready'): Promise<void> {
  await badge.scrollIntoViewIfNeeded();
  await badge.hover();
  await expect(page.locator(`${CARD}[data-state="${state}"]`)).toHaveCount(1, { timeout: 20_000 });
}

/** Closes any open card by moving the mouse away and pressing Escape. */
export async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await expect(page.locator(`${CARD}[data-state]`)).toHaveCount(0);
}

/**
 * Every host the browser requested, from pages and workers alike, plus what
 * the host server saw (which also catches requests Playwright does not report).
 */
export function recordHosts(context: BrowserContext, server: HostServer): () => string[] {
  const seen = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) seen.add(url.hostname);
  });
  return () => [...seen, ...server.requests.map((request) => request.host)];
}

/** Reads a page global (in the page's own world, where a payload would set it). */
export function pageGlobal(page: Page, name: string): Promise<unknown> {
  return page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);
}
