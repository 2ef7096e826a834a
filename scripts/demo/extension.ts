/**
 * Talks to the loaded extension the way its own pages do: finds its id from
 * the background worker and stores a TMDB key with the options page's
 * `saveKey` message, so the demo goes through the product's real key path.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The one extension API the demo calls inside an extension page. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

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

/**
 * Opens the options page and sends `saveKey` from it, exactly as the page's
 * form does; the background checks the key with TMDB (or the stand-in) first.
 * Returns the key kind ("v3" or "v4"), or throws with the background's reason.
 */
export async function saveKey(context: BrowserContext, id: string, key: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(extensionPage(id, 'options.html'));
    const reply = await page.evaluate(
      (request) => chrome.runtime.sendMessage({ reelcard: 'saveKey', request }),
      { key },
    );
    return kindOf(reply as SaveKeyReply | undefined);
  } finally {
    await page.close();
  }
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
