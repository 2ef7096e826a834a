/**
 * Where the card goes: titles pinned to every edge and corner of a
 * hand-made IMDb list, at two window sizes and at 200% zoom. Each card must
 * lie wholly inside the viewport (the dialog's box from the DevTools box
 * model, and its host's), and opening it must not move anything on the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { CARD, openListPage } from '../security/helpers';
import { cardBox, type Box } from './card-dom';
import { patchSettings, waitForCardOf } from './helpers';
import { edgesPage, FILMS, SPOTS } from './pages';

/**
 * 200% zoom halves the CSS viewport while fonts keep their CSS size, which is
 * what a half-size window shows; the card sizes itself in em, so it is as
 * large relative to the viewport as under real zoom.
 */
const VIEWPORTS = [
  { name: '1280×800', width: 1280, height: 800 },
  { name: '800×600', width: 800, height: 600 },
  { name: '1280×800 at 200% zoom', width: 640, height: 400 },
];

const TITLES = Object.values(FILMS);

interface Placement {
  card: Box | null;
  host: Box;
  viewport: { width: number; height: number };
}

/** The card's boxes and the viewport (without scrollbars). */
async function placement(page: Page): Promise<Placement> {
  const card = await cardBox(page);
  const { host, viewport } = await page.evaluate((tag) => {
    const rect = document.querySelector(tag)!.getBoundingClientRect();
    const root = document.documentElement;
    return {
      host: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      viewport: { width: root.clientWidth, height: root.clientHeight },
    };
  }, CARD);
  return { card, host, viewport };
}

function isInside(box: Box | null, viewport: { width: number; height: number }): boolean {
  if (!box || box.right <= box.left) return false;
  return (
    box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height
  );
}

/** What must not move when a card opens: the probe, the title's row, the document's size. */
function layout(page: Page, rowIndex: number) {
  return page.evaluate((index) => {
    const box = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    };
    const row = document.querySelectorAll('li.ipc-metadata-list-summary-item')[index]!;
    const { scrollWidth, scrollHeight } = document.documentElement;
    return {
      probe: box(document.getElementById('probe')!),
      row: box(row),
      scrollWidth,
      scrollHeight,
    };
  }, rowIndex);
}

/** Moves the pointer onto the empty probe and presses Escape; waits for the card to go. */
async function closeCard(page: Page): Promise<void> {
  const probe = (await page.locator('#probe').boundingBox())!;
  await page.mouse.move(probe.x + probe.width / 2, probe.y + probe.height / 2);
  await page.keyboard.press('Escape');
  await expect(page.locator(`${CARD}[data-state]`)).toHaveCount(0);
}

test.describe('card placement at the viewport edges', () => {
  for (const viewport of VIEWPORTS) {
    test(`every edge and corner at ${viewport.name}`, async ({
      context,
      extensionId,
      page,
      server,
      setApiKey,
    }) => {
      await setApiKey();
      // A short delay: this test is about where the card goes, not when.
      await patchSettings(context, extensionId, { cardDelayMs: 50 });
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openListPage(page, server, 'ls-edges', edgesPage(TITLES));
      await expect(page.locator('reelcard-badge[data-state="matched"]')).toHaveCount(SPOTS.length, {
        timeout: 30_000,
      });

      for (const [index, spot] of SPOTS.entries()) {
        const before = await layout(page, index);
        const row = page.locator('li.ipc-metadata-list-summary-item').nth(index);
        await row.locator('reelcard-badge').hover();
        await waitForCardOf(page, TITLES[index % TITLES.length]!.title);
        await expect(page.locator(`${CARD}[data-state="ready"]`)).toHaveCount(1);

        // The card is re-placed once its details grow it; wait for the final place.
        await expect
          .poll(
            async () => {
              const now = await placement(page);
              return isInside(now.card, now.viewport) && isInside(now.host, now.viewport);
            },
            { message: `card of the ${spot.name} title inside ${viewport.name}` },
          )
          .toBe(true);
        expect(await layout(page, index), `layout shift at ${spot.name}`).toEqual(before);

        await closeCard(page);
      }
    });
  }
});
