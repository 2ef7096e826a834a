/**
 * The toolbar popup against the TMDB stand-in, opened as a page of the built
 * extension: searching, keyboard use, a title's details, the titles of a
 * page open in another tab, and an accessibility scan.
 */
import type { Page, Worker } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const MATRIX_PAGE = 'https://www.imdb.com/title/tt0133093/';

/** The one extension API the worker is asked for here (no chrome typings in the project). */
interface ChromeTabs {
  chrome: {
    tabs: {
      query: (query: object) => Promise<{ id?: number }[]>;
      sendMessage: (tabId: number, message: unknown) => Promise<{ site?: string } | null>;
    };
  };
}

interface ChromeSession {
  chrome: { storage: { session: { set: (items: object) => Promise<void> } } };
}

/**
 * The id of the tab showing the IMDb page. Without the "tabs" permission tab
 * URLs are hidden from the extension, so ask each tab's content script.
 */
async function imdbTabId(serviceWorker: Worker): Promise<number | null> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeTabs;
    for (const tab of await chrome.tabs.query({})) {
      const answer = await chrome.tabs
        .sendMessage(tab.id!, { reelcardPage: 'listTitles', request: {} })
        .catch(() => null);
      // The site is reported by id or by name, depending on the content script's version.
      if (/^imdb$/i.test(answer?.site ?? '')) return tab.id!;
    }
    return null;
  });
}

async function openPopup(page: Page, extensionId: string, query = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
}

/** Types into the search field once it has the focus, as a user who opened the popup would. */
async function search(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Search movies and series' })).toBeFocused();
  await page.keyboard.type(text);
}

test.describe('popup', () => {
  test('asks for a key before anything else', async ({ page, extensionId }) => {
    await openPopup(page, extensionId);
    await expect(page.getByRole('heading', { name: 'Add your TMDB key' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the options' })).toBeVisible();
  });

  test('searches as you type and is used from the keyboard', async ({
    page,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    await openPopup(page, extensionId);

    // Focus starts in the field: typing goes straight in.
    const field = page.getByRole('combobox', { name: 'Search movies and series' });
    await expect(field).toBeFocused();
    await page.keyboard.type('matrix');

    const options = page.getByRole('option');
    await expect(options.filter({ hasText: 'The Matrix' }).first()).toBeVisible();
    await expect(options.first()).toContainText('1999');

    await page.keyboard.press('ArrowDown');
    const firstId = await options.first().getAttribute('id');
    await expect(field).toHaveAttribute('aria-activedescendant', firstId ?? '');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');

    // Enter opens the details in the card; Escape comes back to the same results.
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: /The Matrix/ });
    await expect(card).toBeVisible();
    await expect(card).toContainText(/Wachowski|Keanu Reeves/);

    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('matrix');
    await expect(options.first()).toBeVisible();

    // Escape in the field clears it, and the search is now among the recent ones.
    await page.keyboard.press('Escape');
    await expect(field).toHaveValue('');
    await expect(page.getByRole('button', { name: 'matrix' })).toBeVisible();
  });

  test('starts with the text of a context-menu lookup already searched', async ({
    page,
    extensionId,
    serviceWorker,
    setApiKey,
  }) => {
    await setApiKey();
    // What the context-menu entry stores before it opens the popup.
    await serviceWorker.evaluate(() => {
      const { chrome } = globalThis as unknown as ChromeSession;
      return chrome.storage.session.set({ pendingSearch: 'matrix' });
    });

    await openPopup(page, extensionId);
    await expect(page.getByRole('combobox')).toHaveValue('matrix');
    await expect(page.getByRole('option').first()).toContainText('The Matrix');

    // Taken once: the next popup starts empty.
    await page.reload();
    await expect(page.getByRole('combobox')).toHaveValue('');
  });

  test('explains a refused key and an unreachable TMDB', async ({
    page,
    extensionId,
    setApiKey,
    standin,
  }) => {
    await setApiKey();
    const removeFault = standin.faults.add({ match: '/3/search', kind: 'drop' });
    await openPopup(page, extensionId);
    await search(page, 'heat');
    await expect(page.getByText(/Can't reach TMDB/)).toBeVisible({ timeout: 30_000 });

    // Last, because once TMDB refuses a key the background stops sending it for a while.
    removeFault();
    standin.faults.add({ match: '/3/search', kind: 'invalid-key' });
    await page.keyboard.type(' 1995');
    await expect(page.getByText('TMDB refused your key. Check it in the options.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the options' })).toBeVisible();
  });

  test('says so when nothing matches', async ({ page, extensionId, setApiKey }) => {
    await setApiKey();
    await openPopup(page, extensionId);
    await search(page, 'qqqzzzxxyy');
    await expect(page.getByText('No movie or series found for “qqqzzzxxyy”.')).toBeVisible();
  });

  test('lists the titles of the page in another tab and takes the user to one', async ({
    context,
    page,
    extensionId,
    serviceWorker,
    setApiKey,
  }) => {
    await setApiKey();
    const site = await context.newPage();
    await site.goto(MATRIX_PAGE);
    await expect(site.locator('reelcard-badge[data-state="matched"]').first()).toBeAttached();

    // The popup opened as a page is not "the active tab"; it is told which tab to list.
    const tabId = await imdbTabId(serviceWorker);
    expect(tabId).not.toBeNull();
    await openPopup(page, extensionId, `?tab=${tabId}`);

    const onPage = page.getByRole('region', { name: 'On this page' });
    const entry = onPage.getByRole('button', { name: /The Matrix \(1999\)/ }).first();
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('★');

    // Choosing it reveals the title on the page and closes the popup.
    const closed = page.waitForEvent('close');
    await entry.click();
    await closed;
  });

  test('offers to switch a site back on and then lists its titles', async ({
    context,
    page,
    extensionId,
    serviceWorker,
    setApiKey,
  }) => {
    await setApiKey();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('checkbox', { name: 'IMDb' }).uncheck();

    const site = await context.newPage();
    await site.goto(MATRIX_PAGE);
    const tabId = await imdbTabId(serviceWorker);
    await openPopup(page, extensionId, `?tab=${tabId}`);

    await expect(page.getByText('Reelcard is switched off for this site.')).toBeVisible();
    await page.getByRole('button', { name: 'Switch it on' }).click();
    await expect(page.getByRole('button', { name: /The Matrix \(1999\)/ }).first()).toBeVisible();
    await expect(site.locator('reelcard-badge').first()).toBeAttached();
  });

  test('says plainly when the page is not one Reelcard runs on', async ({
    context,
    page,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    await context.newPage();
    await openPopup(page, extensionId);
    await expect(page.getByText("Reelcard doesn't run on this page.")).toBeVisible();
  });

  test('shows TMDB attribution and passes an accessibility scan', async ({
    page,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    await openPopup(page, extensionId);
    await expect(page.getByRole('contentinfo')).toContainText('Data from TMDB');
    await expect(page.getByRole('link', { name: 'TMDB' })).toHaveAttribute(
      'href',
      'https://www.themoviedb.org',
    );

    await search(page, 'matrix');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
