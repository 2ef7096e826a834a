/**
 * Talks to the loaded extension the way its own pages do: finds its id from
 * the background worker and stores a TMDB key with the options page's
 * `saveKey` message, so the demo goes through the product's real key path.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The extension APIs the demo calls inside the extension's pages and worker. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
};

/** How long the background worker may take to start after launch. */
const WORKER_START_MS = 15_000;

/** The extension's id, read from its background service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: WORKER_START_MS }));
  return new URL(worker.url()).host;
}

/** The address of one of the extension's pages, e.g. "options.html". */
export function extensionPage(id: string, file: string): string {
  return `chrome-extension://${id}/${file}`;
}

interface SaveKeyReply {
  ok: boolean;
  value?: { kind: string };
  error?: { kind: string; message: string };
}

/** How long the install-time options page may take to open. */
const ONBOARDING_MS = 10_000;

/**
 * A fresh profile is a fresh install, and the product opens its options page
 * on install. Waits (bounded) for that tab: navigating another tab to the
 * options page meanwhile gets interrupted when it opens.
 */
async function onboardingPage(context: BrowserContext, id: string): Promise<Page | null> {
  const url = extensionPage(id, 'options.html');
  const deadline = Date.now() + ONBOARDING_MS;
  while (Date.now() < deadline) {
    const page = context.pages().find((candidate) => candidate.url().startsWith(url));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * Sends `saveKey` from the options page, exactly as the page's form does; the
 * background checks the key with TMDB (or the stand-in) first. Uses the
 * install-time options tab when there is one. Returns the key kind ("v3" or
 * "v4"), or throws with the background's reason.
 */
export async function saveKey(context: BrowserContext, id: string, key: string): Promise<string> {
  const page = (await onboardingPage(context, id)) ?? (await context.newPage());
  const url = extensionPage(id, 'options.html');
  if (!page.url().startsWith(url)) await page.goto(url);
  await page.waitForLoadState('domcontentloaded');

  const reply = await page.evaluate(
    (request) => chrome.runtime.sendMessage({ reelcard: 'saveKey', request }),
    { key },
  );
  return kindOf(reply as SaveKeyReply | undefined);
}

function kindOf(reply: SaveKeyReply | undefined): string {
  if (!reply) throw new Error('the background did not answer saveKey');
  if (!reply.ok || !reply.value) {
    throw new Error(`saveKey failed: ${reply.error?.kind ?? '?'} ${reply.error?.message ?? ''}`);
  }
  return reply.value.kind;
}

/** Opens one of the extension's pages in a new tab at the given size. */
export async function openExtensionPage(
  context: BrowserContext,
  id: string,
  file: string,
  size: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(extensionPage(id, file));
  return page;
}

/**
 * The browser's id for the tab showing `page`: brings it to the front and asks
 * the background worker for the active tab (tab addresses are not visible to
 * the extension on sites it has no host permission for, so they cannot be matched).
 */
export async function activeTabId(context: BrowserContext, page: Page): Promise<number | null> {
  const worker = context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://'));
  if (!worker) return null;

  await page.bringToFront();
  return worker
    .evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? null)
    .catch(() => null);
}
