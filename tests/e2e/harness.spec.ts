/**
 * Smoke test of the harness itself: saved pages load at their real URLs, the
 * extension's worker reaches the stand-in as api.themoviedb.org, and the
 * browser speaks HTTP/2 to the host server.
 */
import { TEST_API_KEY } from '../standin/index';
import { expect, test } from './fixtures';

const MATRIX_PAGE = 'https://www.imdb.com/title/tt0133093/';

test('serves the saved IMDb page of The Matrix at its real URL', async ({ page }) => {
  const response = await page.goto(MATRIX_PAGE);

  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
  await expect(page).toHaveTitle(/The Matrix/);
});

test('answers unknown URLs with a quick 404', async ({ page, server }) => {
  const response = await page.goto('https://www.imdb.com/this/page/does/not/exist');
  expect(response?.status()).toBe(404);

  // What saved pages pull from other hosts (scripts, styles, trackers) gets a 404 too,
  // answered rather than left hanging. no-cors: the answer is opaque to the page.
  await page.evaluate(() =>
    fetch('https://m.media-amazon.com/images/nothing.js', { mode: 'no-cors' }),
  );
  const elsewhere = server.requests.filter((r) => r.host === 'm.media-amazon.com');
  expect(elsewhere).toEqual([expect.objectContaining({ path: '/images/nothing.js', status: 404 })]);
});

test('lets the service worker reach the stand-in as api.themoviedb.org', async ({
  serviceWorker,
  standin,
}) => {
  const url = `https://api.themoviedb.org/3/configuration?api_key=${TEST_API_KEY}`;
  const body = await serviceWorker.evaluate(async (target) => {
    const response = await fetch(target);
    return { status: response.status, json: await response.json() };
  }, url);

  expect(body.status).toBe(200);
  expect(body.json.images.secure_base_url).toBe('https://image.tmdb.org/t/p/');
  const entry = standin.log.find((e) => e.path === '/3/configuration');
  expect(entry).toMatchObject({ method: 'GET', auth: 'api_key', status: 200 });
});

test('serves TMDB images from image.tmdb.org', async ({ page }) => {
  // Pages load posters as plain images; the extension holds no permission for this host.
  const response = await page.goto(
    'https://image.tmdb.org/t/p/w92/abcdefghijklmnopqrstuvwxyz0.jpg',
  );

  expect(response?.headers()['content-type']).toBe('image/svg+xml');
});

test('speaks HTTP/2 to the browser', async ({ page, server }) => {
  await page.goto(MATRIX_PAGE);

  const served = server.requests.find((r) => r.host === 'www.imdb.com');
  expect(served?.httpVersion).toBe('2.0');
});
