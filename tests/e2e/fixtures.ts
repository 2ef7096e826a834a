/**
 * Playwright fixtures for tests of the built extension in a real Chromium.
 * Per worker: the HTTPS host server with the TMDB stand-in. Per test: a fresh
 * profile with the production build loaded, every hostname mapped to the
 * host server, so the extension talks to "api.themoviedb.org" and pages load
 * at their real URLs — no test-only code paths in the shipped extension.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../harness/chromium';
import { startHostServer, type HostServer } from '../harness/server';
import { TEST_API_KEY, type Standin } from '../standin/index';
import { REPO_ROOT } from '../standin/paths';

/** The production build that `npm run build` writes. */
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');

interface WorkerFixtures {
  server: HostServer;
}

interface TestFixtures {
  /** The stand-in; it and the host server are reset before the browser starts. */
  standin: Standin;
  extensionId: string;
  serviceWorker: Worker;
  /** Stores a TMDB key the way the product does (TEST_API_KEY by default). */
  setApiKey: (key?: string) => Promise<void>;
}

function assertBuilt(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No extension build in ${EXTENSION_DIR}. Run \`npm run build\` before the e2e tests.`,
    );
  }
}

async function launch(server: HostServer, profileDir: string): Promise<BrowserContext> {
  assertBuilt();
  // headless: false because chromiumArgs passes --headless=new; Playwright's own
  // headless mode would load the older headless shell, which has no extensions.
  return chromium.launchPersistentContext(profileDir, {
    headless: false,
    executablePath: CHROMIUM_PATH,
    args: chromiumArgs({
      extensionDir: EXTENSION_DIR,
      hostResolverRules: server.hostResolverRules,
    }),
  });
}

/** The extension API as an extension page sees it (typed here just for the one call). */
interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: unknown }> } };
}

/** Stores the key through the background's saveKey message, as the options page does. */
async function saveKey(context: BrowserContext, extensionId: string, key: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const reply = await page.evaluate(
      (request) =>
        (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({
          reelcard: 'saveKey',
          request,
        }),
      { key },
    );
    if (!reply?.ok) throw new Error(`saveKey failed: ${JSON.stringify(reply?.error ?? reply)}`);
  } finally {
    await page.close();
  }
}

/**
 * A fresh profile means a fresh install, and the product opens its options page
 * on install, in the active blank tab. Wait for that before a test navigates,
 * or the test's own navigation gets interrupted. Bounded, in case onboarding changes.
 */
async function settleOnboarding(context: BrowserContext, extensionId: string): Promise<void> {
  const onboarding = `chrome-extension://${extensionId}/options.html`;
  await expect
    .poll(() => context.pages().some((p) => p.url().startsWith(onboarding)), { timeout: 10_000 })
    .toBe(true)
    .catch(() => undefined);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright reads a fixture's dependencies from this destructuring; it needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startHostServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  standin: async ({ server }, use) => {
    server.reset();
    server.standin.latencyMs = 0;
    await use(server.standin);
  },

  context: async ({ server, standin: _standin }, use) => {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'reelcard-profile-'));
    const context = await launch(server, profileDir);
    await use(context);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  },

  page: async ({ context, serviceWorker: _worker }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await settleOnboarding(context, new URL(worker.url()).host);
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  setApiKey: async ({ context, extensionId }, use) => {
    await use((key = TEST_API_KEY) => saveKey(context, extensionId, key));
  },
});

export { expect };
