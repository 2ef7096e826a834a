/**
 * What the card specs share beyond the security helpers: settings written
 * the options page's way, request counts from the stand-in's log, waits on
 * the card's state, and page-side records of when a hover began and when
 * the card opened (so "after the delay" is an ordering, not a stopwatch).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { inExtensionPage } from '../faults/user-data';
import { CARD } from '../security/helpers';
import type { Standin } from '../../standin/index';
import { readCard, type CardView } from './card-dom';

interface ChromeGlobal {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: unknown }> };
  };
}

/**
 * Merges `patch` into the stored settings from an extension page, as the
 * options page's saveSettings does; open pages pick it up through
 * storage.onChanged. Unset fields keep their defaults (settings migrate on load).
 */
export async function patchSettings(
  context: BrowserContext,
  extensionId: string,
  patch: Record<string, unknown>,
): Promise<void> {
  await inExtensionPage(context, extensionId, (page) =>
    page.evaluate(async (changes) => {
      const { chrome } = globalThis as unknown as ChromeGlobal;
      const { settings } = await chrome.storage.local.get('settings');
      const current = (settings as object | undefined) ?? { version: 1 };
      await chrome.storage.local.set({ settings: { ...current, ...changes } });
    }, patch),
  );
}

/** Sends a background message from an extension page (e.g. the options page's clearCache). */
export async function messageFromOptions(
  context: BrowserContext,
  extensionId: string,
  name: string,
  request: Record<string, unknown> = {},
): Promise<void> {
  const reply = await inExtensionPage(context, extensionId, (page) =>
    page.evaluate(
      ([type, body]) =>
        (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
          reelcard: type,
          request: body,
        }),
      [name, request] as const,
    ),
  );
  if (!reply?.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
}

/** Details requests for a movie since log index `since` (not searches or /find). */
export function detailsRequests(standin: Standin, id: number, since = 0): number {
  return standin.log.slice(since).filter((entry) => entry.path === `/3/movie/${id}`).length;
}

/** Title searches and /find requests since log index `since`. */
export function searchRequests(standin: Standin, since = 0): string[] {
  return standin.log
    .slice(since)
    .filter((entry) => /^\/3\/(search|find)\//.test(entry.path))
    .map((entry) => entry.url);
}

/** Waits until the card host reports `state` (ready by default) and returns what it shows. */
export async function waitForCard(page: Page, state = 'ready'): Promise<CardView> {
  await expect(page.locator(`${CARD}[data-state="${state}"]`)).toHaveCount(1, { timeout: 20_000 });
  const view = await readCard(page);
  if (!view) throw new Error('the card host vanished while being read');
  return view;
}

/**
 * Waits until the open card (host `data-state` set) is drawn with its details
 * and its accessible label names `title`. The state matters: during the hover
 * delay the card is drawn hidden ahead of time, label included, before it opens.
 */
export async function waitForCardOf(page: Page, title: string): Promise<CardView> {
  const openLabel = (view: CardView | null) => (view?.state === 'ready' ? view.label : null);
  await expect
    .poll(async () => openLabel(await readCard(page)) ?? '', { timeout: 20_000 })
    .toContain(title);
  return (await readCard(page))!;
}

/**
 * Starts recording, in the page's own world, when the pointer first entered
 * an element matching `hoverSelector` and when the card host first got a
 * state. Mutation records arrive right after the task that opened the card.
 */
export async function recordOpening(page: Page, hoverSelector: string): Promise<void> {
  await page.evaluate(
    ([selector, cardTag]) => {
      const record = { hoverAt: -1, openAt: -1 };
      Object.assign(window, { __cardTimes: record });
      document.addEventListener(
        'mouseover',
        (event) => {
          const inside = (event.target as Element | null)?.closest?.(selector);
          if (inside && record.hoverAt < 0) record.hoverAt = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        const opened = document.querySelector(`${cardTag}[data-state]`);
        if (opened && record.openAt < 0) record.openAt = performance.now();
      }).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-state'],
      });
    },
    [hoverSelector, CARD] as const,
  );
}

/** The times `recordOpening` saw, in milliseconds of the page's clock. */
export function openingTimes(page: Page): Promise<{ hoverAt: number; openAt: number }> {
  return page.evaluate(
    () => (window as unknown as { __cardTimes: { hoverAt: number; openAt: number } }).__cardTimes,
  );
}

/**
 * Resolves once a page timer of `ms` has fired. Timers of one document run in
 * deadline order, content scripts' included, so a card timer started before
 * this one with a shorter delay has had its turn when this returns. Used to
 * show that something did NOT happen, which no state can be waited on for.
 */
export async function outlast(page: Page, ms: number): Promise<void> {
  await page.evaluate((delay) => new Promise((resolve) => setTimeout(resolve, delay)), ms);
}
