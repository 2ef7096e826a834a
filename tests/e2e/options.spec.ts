/**
 * The options page against the TMDB stand-in: the key field with a v3 key,
 * a wrong key and a v4 read token; a preference reaching an open tab without
 * a reload; the TMDB credits; and an accessibility scan.
 */
import type { Page } from '@playwright/test';
import { TEST_API_KEY, TEST_READ_TOKEN } from '../standin';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const MATRIX_PAGE = 'https://www.imdb.com/title/tt0133093/';
const TMDB_NOTICE = 'This product uses the TMDB API but is not endorsed or certified by TMDB.';

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'TMDB key' })).toBeVisible();
}

test.describe('options: the TMDB key', () => {
  test('shows first-run help while no key is stored', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'TMDB API settings' })).toBeVisible();
  });

  test('takes a valid v3 key and never shows it again', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    const field = page.getByLabel('API key or read access token');
    await field.fill(TEST_API_KEY);
    await expect(page.locator('#key-kind')).toHaveText('API key (v3)');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#key-outcome')).toHaveText('Valid: API key (v3) saved.');
    await expect(field).toHaveValue('');
    await expect(field).toHaveAttribute('placeholder', /API key \(v3\) saved/);

    // After a reload the page knows a key is stored, and still shows nothing of it.
    await page.reload();
    await expect(page.getByRole('heading', { name: /Welcome/ })).toHaveCount(0);
    await expect(page.getByLabel('API key or read access token')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Remove' })).toBeVisible();
  });

  test('says plainly when TMDB refuses a key', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByLabel('API key or read access token').fill('f'.repeat(32));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#key-outcome')).toHaveText(/not valid/);
    await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  });

  test('takes a v4 read access token', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    const field = page.getByLabel('API key or read access token');
    await field.fill(TEST_READ_TOKEN);
    await expect(page.locator('#key-kind')).toHaveText('Read access token (v4)');

    // Show reveals what was typed, as text; Hide masks it again.
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(field).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect(field).toHaveAttribute('type', 'password');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#key-outcome')).toHaveText('Valid: Read access token (v4) saved.');
  });
});

test.describe('options: preferences and credits', () => {
  test('switching a site off removes its badges from an open tab without a reload', async ({
    context,
    page,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const site = await context.newPage();
    await site.goto(MATRIX_PAGE);
    const badges = site.locator('reelcard-badge');
    await expect(badges.first()).toBeAttached();

    await openOptions(page, extensionId);
    const imdb = page.getByRole('checkbox', { name: 'IMDb' });
    await expect(imdb).toBeChecked();
    await imdb.uncheck();
    await expect(badges).toHaveCount(0);

    // And back on, still without a reload.
    await imdb.check();
    await expect(badges.first()).toBeAttached();
  });

  test('changing the badge style reaches an open tab', async ({
    context,
    page,
    extensionId,
    setApiKey,
  }) => {
    await setApiKey();
    const site = await context.newPage();
    await site.goto(MATRIX_PAGE);
    await expect(site.locator('reelcard-badge[data-state="matched"]').first()).toBeAttached();

    await openOptions(page, extensionId);
    await page.getByRole('radio', { name: 'No badges' }).check();

    // Style "none" keeps each badge element for its data but draws nothing and is no tab stop.
    await expect(site.locator('reelcard-badge[role="button"]')).toHaveCount(0);
    await expect(site.locator('reelcard-badge').first()).toBeAttached();

    await page.getByRole('radio', { name: 'Rating and votes' }).check();
    await expect(site.locator('reelcard-badge[role="button"]').first()).toBeAttached();
  });

  test('credits TMDB with the approved logo and the exact notice', async ({
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    const credits = page.locator('#attribution');
    await expect(credits.getByText(TMDB_NOTICE, { exact: true })).toBeVisible();
    await expect(credits.getByRole('img', { name: /TMDB/ })).toHaveAttribute(
      'src',
      '/logo/tmdb.svg',
    );
    await expect(credits.getByRole('link', { name: 'https://www.themoviedb.org' })).toHaveAttribute(
      'href',
      'https://www.themoviedb.org',
    );
    await expect(credits).toContainText('JustWatch');
    await expect(page.getByRole('heading', { name: 'Privacy' })).toBeVisible();
  });

  test('passes an accessibility scan', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
