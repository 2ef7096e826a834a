/**
 * Least privilege: the extension asks for what its code uses and no more,
 * both in the source config (always checked) and in the built manifests
 * (checked when `npm run build` / `build:firefox` has produced them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { SITE_MATCHES } from '../../../utils/sites/matches';
import {
  ALLOWED_HOSTS,
  ALLOWED_PERMISSIONS,
  FORBIDDEN_KEYS,
  OPTIONAL_ALL_SITES,
  splitPermissions,
  webAccessiblePaths,
  type Manifest,
} from './manifest-rules';
import { codeOf, filesUnder, readSource, ROOT, sourceFiles } from './source-tree';

const sourceCode = sourceFiles(/\.(ts|tsx)$/)
  .map(codeOf)
  .join('\n');

/** The manifest part of wxt.config.ts, as WXT would evaluate it for a target. */
async function configManifest(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest as (env: object) => Manifest | Promise<Manifest>;
  const manifestVersion = browser === 'chrome' ? 3 : 2;
  return manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
}

function builtManifest(target: string): Manifest | null {
  const path = join(ROOT, '.output', target, 'manifest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
}

/** The checks every manifest must pass, whatever its version. */
function expectLeastPrivilege(manifest: Manifest): void {
  const required = splitPermissions([
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
  ]);

  for (const api of required.apis) {
    expect(Object.keys(ALLOWED_PERMISSIONS), `permission "${api}" is not on the list`).toContain(
      api,
    );
    const used = ALLOWED_PERMISSIONS[api]!.test(sourceCode);
    expect(used, `permission "${api}" is asked for but never used`).toBe(true);
  }
  for (const host of required.hosts) expect(ALLOWED_HOSTS).toContain(host);

  for (const key of FORBIDDEN_KEYS)
    expect(manifest, `manifest sets ${key}`).not.toHaveProperty(key);

  // An extension page that any site may frame or load could be click-jacked or fingerprinted.
  expect(webAccessiblePaths(manifest).filter((path) => /\.html?$|\*/.test(path))).toEqual([]);
}

describe('wxt.config.ts manifest', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`asks ${browser} only for what the code uses`, async () => {
      expectLeastPrivilege(await configManifest(browser));
    });
  }

  it('keeps "all sites" optional', async () => {
    const manifest = await configManifest('chrome');
    const required = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];

    expect(required.filter((p) => OPTIONAL_ALL_SITES.includes(p))).toEqual([]);
    for (const pattern of manifest.optional_host_permissions ?? []) {
      expect([...OPTIONAL_ALL_SITES, ...ALLOWED_HOSTS]).toContain(pattern);
    }
  });

  it('injects the content script only into sites that have an adapter', () => {
    // Broad patterns here would put our code into every page without the user's consent.
    for (const pattern of SITE_MATCHES) {
      expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
  });
});

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const manifest = builtManifest(target);

  describe.skipIf(!manifest)(`built ${target} manifest`, () => {
    it('asks only for what the code uses', () => {
      expectLeastPrivilege(manifest!);
    });

    it('injects content scripts only on the listed sites', () => {
      const matches = (manifest!.content_scripts ?? []).flatMap((script) => script.matches ?? []);

      expect(matches.length).toBeGreaterThan(0);
      for (const pattern of matches) expect(SITE_MATCHES).toContain(pattern);
    });

    it('ships no code that loads scripts from the network', () => {
      const remote =
        /<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\/|\bimportScripts\s*\(|\bimport\s*\(\s*["'`]https?:/i;
      const shipped = filesUnder(join('.output', target)).filter((f) => /\.(html|js)$/.test(f));

      expect(shipped.length).toBeGreaterThan(0);
      expect(shipped.filter((file) => remote.test(readSource(file)))).toEqual([]);
    });

    it('requests "all sites" only as an optional permission', () => {
      const required = [...(manifest!.permissions ?? []), ...(manifest!.host_permissions ?? [])];

      expect(required.filter((p) => OPTIONAL_ALL_SITES.includes(p))).toEqual([]);
    });
  });
}
