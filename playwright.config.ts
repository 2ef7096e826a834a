import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the production build in Debian's Chromium, against the
 * HTTPS host server and TMDB stand-in (see tests/e2e/fixtures.ts). Run
 * `npm run build` first. One worker: CI machines have two cores and each test
 * starts its own browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
});
