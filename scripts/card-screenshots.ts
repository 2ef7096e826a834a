/**
 * The README's card screenshots: the built extension on the saved IMDb page
 * of The Matrix, its badge hovered, the card cropped with some of the page
 * around it, once in the light theme and once in the dark one. Pages and
 * TMDB answers come from the demo's offline servers (the e2e harness and
 * stand-in), so the pictures are the same on every machine.
 *
 *   npm run build && npx tsx scripts/card-screenshots.ts
 *
 * Not part of CI: images would churn with every style change. Run it when
 * the card's look changes, look at the pictures, and commit them.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from './demo/browser';
import { extensionId, extensionPage, saveKey } from './demo/extension';
import { startDemoServers } from './demo/servers';

const OUT_DIR = path.resolve('docs/screenshots');
const MATRIX_PAGE = 'https://www.imdb.com/title/tt0133093/';
const THEMES = ['light', 'dark'] as const;

/** Page context kept around the card and its badge, in CSS pixels. */
const MARGIN = 32;
/** How far below the window's top the heading is scrolled (the saved page's header is above). */
const HEADING_ROOM = 80;
/** Bounded waits: a missing card fails the script rather than hanging it. */
const WAIT_MS = 20_000;

type Theme = (typeof THEMES)[number];

/** The extension APIs used inside its options page. */
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

/** Stores the theme the way the options page's saveSettings does: merged into the settings object. */
async function setTheme(context: BrowserContext, id: string, theme: Theme): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(extensionPage(id, 'options.html'));
    await page.evaluate(async (wanted) => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = (settings as object | undefined) ?? { version: 1 };
      await chrome.storage.local.set({ settings: { ...current, theme: wanted } });
    }, theme);
  } finally {
    await page.close();
  }
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding all of `rects`, grown by MARGIN and kept inside the viewport. */
function cropAround(rects: Rect[], viewport: { width: number; height: number }): Rect {
  const left = Math.max(0, Math.min(...rects.map((r) => r.x)) - MARGIN);
  const top = Math.max(0, Math.min(...rects.map((r) => r.y)) - MARGIN);
  const right = Math.min(viewport.width, Math.max(...rects.map((r) => r.x + r.width)) + MARGIN);
  const bottom = Math.min(viewport.height, Math.max(...rects.map((r) => r.y + r.height)) + MARGIN);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The heading's text (not the whole-width block), so the picture shows which title was hovered. */
function headingTextBox(page: Page): Promise<Rect | null> {
  return page.evaluate(() => {
    const text = document.querySelector('h1 > span');
    if (!text) return null;
    const { x, y, width, height } = text.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/** Hovers the heading's badge, waits for the filled card, and saves the cropped picture. */
async function shootCard(page: Page, file: string): Promise<void> {
  await page.goto(MATRIX_PAGE, { waitUntil: 'domcontentloaded' });
  const badge = page.locator('h1 reelcard-badge[data-state="matched"]').first();
  await badge.waitFor({ state: 'visible', timeout: WAIT_MS });
  // Heading near the top, so the card has the room below it to show itself whole.
  await page.evaluate((room) => {
    document.querySelector('h1')?.scrollIntoView({ block: 'start', behavior: 'instant' });
    window.scrollBy({ top: -room, behavior: 'instant' });
  }, HEADING_ROOM);
  await badge.hover();

  const card = page.locator('reelcard-card[data-state="ready"]');
  await card.waitFor({ state: 'visible', timeout: WAIT_MS });
  // Posters and logos come from the local image server; then let the opening animation end.
  await page.waitForLoadState('networkidle', { timeout: WAIT_MS }).catch(() => undefined);
  await page.waitForTimeout(400);

  const [cardBox, badgeBox] = [await card.boundingBox(), await badge.boundingBox()];
  if (!cardBox || !badgeBox) throw new Error('the card or its badge has no box on screen');
  const heading = await headingTextBox(page);
  const clip = cropAround([cardBox, badgeBox, ...(heading ? [heading] : [])], page.viewportSize()!);
  await page.screenshot({ path: file, clip });
  console.log(`Saved ${path.relative(process.cwd(), file)} (${clip.width}×${clip.height})`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build in ${EXTENSION_DIR}: run npm run build first.`);
  }
  mkdirSync(OUT_DIR, { recursive: true });

  const servers = await startDemoServers({ realTmdb: false });
  const browser = await launchWithExtension({ headless: true, args: servers.args });
  try {
    const id = await extensionId(browser.context);
    await saveKey(browser.context, id, servers.testKey);
    const page = await browser.context.newPage();

    for (const theme of THEMES) {
      await setTheme(browser.context, id, theme);
      await shootCard(page, path.join(OUT_DIR, `card-${theme}.png`));
    }
  } finally {
    await browser.close();
    await servers.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('Could not take the card screenshots:', error);
    process.exit(1);
  },
);
