/**
 * Launches Debian's Chromium with the built extension loaded, in a throwaway
 * profile. The host-mapping flags come from the harness (see servers.ts), so
 * the demo and the e2e tests see the same internet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../tests/harness/chromium';
import { VIEWPORT } from './screenshots';

/** The production Chrome build that `npm run build` writes. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** The same variable the e2e fixtures read, so one setting moves both. */
export { CHROMIUM_PATH };

/** A healthy launch takes a few seconds; a busy machine may need more, but never minutes. */
const LAUNCH_TIMEOUT_MS = 60_000;

export interface LaunchOptions {
  headless: boolean;
  /** Extra Chromium flags, e.g. host mapping and certificate trust. */
  args: string[];
}

export interface DemoBrowser {
  context: BrowserContext;
  /** Closes the browser and deletes the throwaway profile. */
  close(): Promise<void>;
}

/** Starts Chromium with the extension; throws when the extension is not built. */
export async function launchWithExtension(options: LaunchOptions): Promise<DemoBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'reelcard-demo-'));
  // Playwright's own headless mode would start the older headless shell, which cannot load
  // extensions; Chromium's --headless=new can (chromiumArgs).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: VIEWPORT,
    timeout: LAUNCH_TIMEOUT_MS,
    // The demo closes the browser itself on Ctrl+C; Playwright's own handler would exit 130.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      ...chromiumArgs({ extensionDir: EXTENSION_DIR, headless: options.headless }),
      ...options.args,
    ],
  });

  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
