/**
 * The demo's screenshots, named as store/screenshots.md lists them. Each step
 * has a bounded wait and never throws: a missing card or popup only means a
 * plainer picture, and the demo still finishes.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { activeTabId, openExtensionPage } from './extension';

export const VIEWPORT = { width: 1280, height: 800 };

/** How long a hover card may take to open and fill (hover delay plus one lookup). */
const CARD_WAIT_MS = 6_000;

/** How long the popup's search may take to list results. */
const SEARCH_WAIT_MS = 5_000;

/** Saves the visible part of a page; returns the file written, or null on failure. */
export async function shoot(page: Page, dir: string, name: string): Promise<string | null> {
  const file = path.join(dir, name);
  try {
    await page.screenshot({ path: file });
    return file;
  } catch {
    return null;
  }
}

/**
 * Hovers the first matched badge that is on screen and waits for a card: any
 * element the extension adds besides badges (cards live in closed shadow
 * roots, so their host is all the page can see).
 */
export async function shootCard(page: Page, dir: string, name: string): Promise<string | null> {
  const badge = page.locator('reelcard-badge[data-state="matched"]').first();
  if ((await badge.count()) === 0) return null;

  try {
    await badge.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await badge.hover({ timeout: 2_000 });
    await page
      .locator(':is(reelcard-card, [data-reelcard-card], reelcard-root)')
      .first()
      .waitFor({ state: 'visible', timeout: CARD_WAIT_MS });
    // Let the poster and cast photos paint before taking the picture.
    await page.waitForTimeout(500);
  } catch {
    // The card did not show in time; the picture will show what is there.
  }
  return shoot(page, dir, name);
}

/**
 * The popup at popup size with a search typed in. Opened in a tab, the popup
 * would list its own tab; `?tab=<id>` (its own parameter for when it is not
 * opened from the toolbar) points it at the page `about`, as if clicked there.
 */
export async function shootPopup(
  context: BrowserContext,
  id: string,
  about: Page | null,
  shot: { dir: string; name: string },
): Promise<string | null> {
  const tabId = about ? await activeTabId(context, about) : null;
  const address = tabId === null ? 'popup.html' : `popup.html?tab=${tabId}`;
  const page = await openExtensionPage(context, id, address, { width: 400, height: 600 });
  try {
    await page.locator('input[type="search"]').first().fill('The Matrix', { timeout: 3_000 });
    await page
      .locator('[role="option"]')
      .first()
      .waitFor({ state: 'visible', timeout: SEARCH_WAIT_MS });
  } catch {
    // No search box or no results yet: the picture shows the popup as it is.
  }
  const file = await shoot(page, shot.dir, shot.name);
  await page.close();
  return file;
}

/** The whole options page, top to bottom, so the About section's attribution shows. */
export async function shootOptions(
  context: BrowserContext,
  id: string,
  dir: string,
  name: string,
): Promise<string | null> {
  const page = await openExtensionPage(context, id, 'options.html', VIEWPORT);
  const file = path.join(dir, name);
  // Settings and cache figures load by message; give them a moment, but never wait long.
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
  try {
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}
