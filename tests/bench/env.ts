/**
 * The bench's world: the harness's HTTPS host server (with the TMDB stand-in
 * behind it, slowed to a realistic latency) and Chromium launched with or
 * without the production build, each in a throwaway profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../harness/chromium';
import { startHostServer, type HostServer } from '../harness/server';
import { TEST_API_KEY } from '../standin/credentials';

export { CHROMIUM_PATH };
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps inner functions
 * in a `__name(fn, "name")` helper; functions Playwright sends to the page
 * carry those calls, so the page and the worker need a harmless `__name`.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** One Chromium with its profile; `close` removes the profile too. */
export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  /** The extension's background worker; null in a browser without the extension. */
  worker: Worker | null;
  close(): Promise<void>;
}

/** Starts the host server with the stand-in answering after `latencyMs`. */
export async function startServers(latencyMs: number): Promise<HostServer> {
  const server = await startHostServer();
  server.standin.latencyMs = latencyMs;
  return server;
}

/**
 * Launches Chromium pointed at the host server. With `extensionDir`, the
 * extension is loaded and its worker awaited (bounded); without, the same
 * flags minus the extension, so the two sides differ only by it.
 */
export async function launch(
  server: HostServer,
  extensionDir: string | null,
  profile?: string,
): Promise<BenchBrowser> {
  const dir = profile ?? mkdtempSync(path.join(os.tmpdir(), 'reelcard-bench-'));
  // Also on a forced exit (the run's time cap), which skips close() below.
  if (!profile) process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  // Playwright's headless stays off: chromiumArgs passes Chromium's own --headless=new.
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: VIEWPORT,
    args: chromiumArgs({ extensionDir, hostResolverRules: server.hostResolverRules }),
  });

  const worker = extensionDir ? await extensionWorker(context) : null;
  await context.addInitScript({ content: NAME_SHIM });
  if (worker) await worker.evaluate(NAME_SHIM);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** The extension's id, from its worker's address. */
export function extensionId(worker: Worker): string {
  return new URL(worker.url()).host;
}

/**
 * Stores the stand-in's key through the product's own path: `saveKey` sent
 * from the options page, which checks the key with the stand-in first.
 */
export async function saveTestKey(browser: BenchBrowser): Promise<void> {
  if (!browser.worker) throw new Error('No extension in this browser');
  const page = await browser.context.newPage();
  try {
    await openOptions(page, extensionId(browser.worker));
    const reply = (await page.evaluate(
      (key) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ reelcard: 'saveKey', request: { key } }),
      TEST_API_KEY,
    )) as { ok?: boolean; error?: { message: string } } | undefined;
    if (!reply?.ok) throw new Error(`saveKey failed: ${reply?.error?.message ?? 'no answer'}`);
  } finally {
    await page.close();
  }
}

/**
 * Opens the options page. On a fresh profile the extension opens it by itself
 * (first-run onboarding), which can interrupt our navigation once: try again.
 */
async function openOptions(page: Page, id: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.goto(`chrome-extension://${id}/options.html`);
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('interrupted')) throw error;
    }
  }
}

/** Closes every tab but the bench's own (the onboarding tab of a fresh profile). */
export async function closeOtherTabs(browser: BenchBrowser): Promise<void> {
  for (const page of browser.context.pages()) {
    if (page !== browser.page) await page.close();
  }
}

/** The card delay the extension uses, read from its stored settings (default when unset). */
export async function cardDelayMs(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    const stored = (await storage.get('settings')).settings as { cardDelayMs?: number } | undefined;
    return stored?.cardDelayMs ?? 350;
  });
}
