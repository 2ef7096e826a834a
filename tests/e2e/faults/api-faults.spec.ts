/**
 * TMDB misbehaving, end to end: a key TMDB stops accepting or suspends, a
 * storm of 429s with and without Retry-After, a stretch of 503s, and
 * broken JSON. Badges either name the fix or end matched with no title
 * lost, and the user's settings, key and corrections come through intact.
 * Faults come from the stand-in's switches (tests/standin/faults.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import type { Standin } from '../../standin';
import { listPage, type ListEntry } from '../../fixtures/hostile/pages';
import { badges, expectBadges, openListPage } from '../security/helpers';
import { guardUserData, MANY_TITLES } from './user-data';

const FIND = '/3/find/';

/** Scrolls through the list so every row has been in view (lookups follow the viewport). */
async function scrollThrough(page: Page): Promise<void> {
  for (const badge of await badges(page).all()) await badge.scrollIntoViewIfNeeded();
}

/** Every title matched, and the stand-in answered each one's /find with a 200 at least once. */
async function expectNoneLost(page: Page, standin: Standin, titles: ListEntry[]): Promise<void> {
  await expect(badges(page)).toHaveCount(titles.length);
  await expect(async () => {
    await scrollThrough(page);
    await expect(badges(page, 'matched')).toHaveCount(titles.length, { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });

  const answered = new Set(standin.log.filter((e) => e.status === 200).map((e) => e.path));
  for (const { imdbId } of titles) expect(answered).toContain(`${FIND}${imdbId}`);
}

test.describe('TMDB refuses the key', () => {
  for (const [kind, label] of [
    ['invalid-key', 'a key TMDB no longer accepts'],
    ['suspended-key', 'a suspended key'],
  ] as const) {
    test(`${label}: badges say to check the key in the options`, async ({
      page,
      context,
      server,
      standin,
      extensionId,
      setApiKey,
    }) => {
      await setApiKey();
      const intact = await guardUserData(context, extensionId);
      standin.faults.add({ match: FIND, kind });

      const titles = MANY_TITLES.slice(0, 3);
      await openListPage(page, server, `ls-fault-${kind}`, listPage(titles));
      await expectBadges(page, 'error', titles.length);
      for (const badge of await badges(page).all()) {
        await expect(badge).toHaveAttribute('aria-label', /TMDB key.*options/);
      }

      await intact();
    });
  }
});

test.describe('TMDB under load', () => {
  const storms = [
    { name: 'a 429 storm without Retry-After', spec: { kind: 'rate-limit', times: 15 } },
    {
      name: 'a 429 storm with Retry-After',
      spec: { kind: 'rate-limit', times: 15, retryAfter: 1 },
    },
    { name: 'a stretch of 503s', spec: { kind: 'unavailable', times: 15 } },
    { name: 'malformed JSON', spec: { kind: 'malformed-json', times: 6 } },
  ] as const;

  for (const { name, spec } of storms) {
    test(`${name} ends with every title matched`, async ({
      page,
      context,
      server,
      standin,
      extensionId,
      setApiKey,
    }) => {
      await setApiKey();
      const intact = await guardUserData(context, extensionId);
      standin.faults.add({ match: FIND, ...spec });

      await openListPage(page, server, 'ls-fault-load', listPage(MANY_TITLES));
      await expectNoneLost(page, standin, MANY_TITLES);
      // The fault really happened: every faulted answer was asked again.
      expect(standin.log.count(FIND)).toBeGreaterThanOrEqual(MANY_TITLES.length + spec.times);

      await intact();
    });
  }
});
