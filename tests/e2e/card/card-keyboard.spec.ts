/**
 * The card without a mouse: Tab reaches the badge and its card opens on
 * focus; Enter moves focus into the card; Tab walks its controls; Escape
 * closes it and gives focus back to the badge. Focus inside the closed
 * shadow root is read from the accessibility tree, as a screen reader would.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { badgeFor, CARD, openListPage } from '../security/helpers';
import { focusedControl, type Focused } from './card-input';
import { waitForCard } from './helpers';
import { FILMS, listPage } from './pages';

/** The data-title of the element the page sees focused (a badge host, or nothing). */
function focusedBadgeTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.localName === 'reelcard-badge' ? active.getAttribute('data-title') : null;
  });
}

async function expectFocus(page: Page, wanted: Partial<Focused>): Promise<void> {
  await expect.poll(() => focusedControl(page)).toMatchObject(wanted);
}

test('keyboard: focus opens the card, Enter enters it, Tab walks it, Escape returns', async ({
  page,
  server,
  setApiKey,
}) => {
  await setApiKey();
  // Titanic's overview is long enough for the "More" button.
  await openListPage(page, server, 'ls-keyboard', listPage([FILMS.titanic, FILMS.matrix]));
  await expect(badgeFor(page, 'Titanic')).toHaveAttribute('data-state', 'matched', {
    timeout: 20_000,
  });

  // The badge follows its title link in the tab order.
  await page.locator('a.ipc-title-link-wrapper').first().focus();
  await page.keyboard.press('Tab');
  expect(await focusedBadgeTitle(page)).toBe('Titanic');

  const view = await waitForCard(page);
  expect(view.role).toBe('dialog');
  expect(view.label).toBe('Titanic (1997) details');

  await page.keyboard.press('Enter');
  await expectFocus(page, { role: 'dialog', name: 'Titanic (1997) details' });

  await page.keyboard.press('Tab');
  await expectFocus(page, { role: 'button', name: 'More', expanded: false });
  await page.keyboard.press('Enter');
  await expectFocus(page, { role: 'button', name: 'Less', expanded: true });

  for (const name of ['Trailer', 'TMDB', 'IMDb']) {
    await page.keyboard.press('Tab');
    await expectFocus(page, { role: 'link', name });
  }
  await page.keyboard.press('Tab');
  await expectFocus(page, { role: 'button', name: 'Wrong title?' });

  await page.keyboard.press('Escape');
  await expect(page.locator(`${CARD}[data-state]`)).toHaveCount(0);
  expect(await focusedBadgeTitle(page)).toBe('Titanic');
});
