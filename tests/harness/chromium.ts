/**
 * How every local run starts Debian's Chromium with the extension: the e2e
 * fixtures, the demo and the benchmark share these flags so the three never
 * drift apart.
 */

/** Debian's Chromium; Playwright cannot download its own browser here. */
export const CHROMIUM_PATH =
  process.env.REELCARD_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumFlags {
  /** The unpacked extension to load, or null for a browser without it (the bench's baseline). */
  extensionDir: string | null;
  /** `MAP * 127.0.0.1:PORT…` rules that send real hostnames to the local HTTPS server. */
  hostResolverRules?: string;
  /** Chromium's own new headless mode (Playwright's would start a shell without extensions). */
  headless?: boolean;
}

export function chromiumArgs({
  extensionDir,
  hostResolverRules,
  headless = true,
}: ChromiumFlags): string[] {
  const extension = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const mapping = hostResolverRules
    ? [`--host-resolver-rules=${hostResolverRules}`, '--ignore-certificate-errors']
    : [];
  return [
    ...(headless ? ['--headless=new'] : []),
    // Machines that run this as root (CI, containers) have no usable sandbox.
    '--no-sandbox',
    '--disable-gpu',
    // QUIC would bypass the local TCP server; keep every request on it.
    '--disable-quic',
    '--no-first-run',
    // This machine's network is closed: Chromium's own background traffic only fails.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extension,
    ...mapping,
  ];
}
