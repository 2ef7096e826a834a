/**
 * The meta-test: static checks over the extension's own source tree
 * (entrypoints/, components/, utils/) for the habits that keep it small,
 * quiet and safe to run inside other people's pages. Each failure names the
 * file and line. Comments are ignored, so a comment may name a banned API.
 */
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, describeHits, findHits, readSource, sourceFiles } from './security/source-tree';

const CODE = /\.(ts|tsx|js|mjs)$/;
const code = sourceFiles(CODE);
const markup = sourceFiles(/\.html$/);

describe('source tree conventions', () => {
  it('finds the source tree', () => {
    // Guards the other checks: an empty list would make them pass vacuously.
    expect(code).toContain('utils/messages.ts');
  });

  it('keeps every source file at or under 250 lines', () => {
    const long = code
      .map((file) => ({ file, lines: readSource(file).trimEnd().split('\n').length }))
      .filter(({ lines }) => lines > 250)
      .map(({ file, lines }) => `${file} (${lines} lines)`);

    expect(long).toEqual([]);
  });

  it('keeps webextension-polyfill out of the script injected into pages', () => {
    // Size: the content script uses the browser's own API (utils/native-browser.ts).
    const bundled = contentScriptModules();
    const polyfilled = bundled.filter((file) =>
      valueImportsOf(file).some(
        (target) => target === 'webextension-polyfill' || target.endsWith('utils/browser'),
      ),
    );

    expect(bundled).toContain('utils/messages.ts');
    expect(polyfilled).toEqual([]);
  });

  it('prints only through utils/logger.ts', () => {
    const others = code.filter((file) => file !== 'utils/logger.ts');
    const hits = findHits(others, /\bconsole\s*[.[]/);

    expect(describeHits(hits)).toEqual([]);
  });
});

describe('no dynamic code and no markup built from strings', () => {
  // Each of these turns a string into code or markup; page and TMDB text must never reach one.
  const banned: Record<string, RegExp> = {
    eval: /(^|[^.\w$])eval\s*\(/,
    'new Function': /\bnew\s+Function\s*\(/,
    'string timers': /\bset(Timeout|Interval)\s*\(\s*['"`]/,
    innerHTML: /\.\s*(inner|outer)HTML\b/,
    dangerouslySetInnerHTML: /dangerouslySetInnerHTML/,
    'document.write': /\bdocument\s*\.\s*write(ln)?\s*\(/,
    insertAdjacentHTML: /insertAdjacentHTML/,
    'Range.createContextualFragment': /createContextualFragment/,
    'javascript: URLs': /['"`]javascript:/i,
  };

  for (const [name, pattern] of Object.entries(banned)) {
    it(`uses no ${name}`, () => {
      expect(describeHits(findHits(code, pattern))).toEqual([]);
    });
  }
});

describe('no channels a page can talk into', () => {
  it('opens no window message channel', () => {
    // A page can post to and listen on window messages; our data must not travel there.
    const hits = findHits(code, /\.postMessage\s*\(|addEventListener\s*\(\s*['"`]message['"`]/);

    expect(describeHits(hits)).toEqual([]);
  });

  it('listens to no external extension messages', () => {
    const hits = findHits(code, /onMessageExternal|onConnectExternal/);

    expect(describeHits(hits)).toEqual([]);
  });

  it('does not store data in page-visible storage', () => {
    // In a content script, localStorage, sessionStorage and cookies are the page's own:
    // its scripts read them. Only the extension pages have storage of their own origin.
    const extensionPages = /^(entrypoints|components)\/(popup|options)\//;
    const pageSide = code.filter((file) => !extensionPages.test(file));
    const hits = findHits(pageSide, /\b(localStorage|sessionStorage|document\s*\.\s*cookie)\b/);

    expect(describeHits(hits)).toEqual([]);
  });

  it('reads the API key only in the background', () => {
    // Chrome exposes storage.local to content scripts too; ours must never ask it for the key.
    const hits = findHits(
      code.filter((file) => !file.startsWith('utils/background/')),
      /\bapiKey\b|API_KEY_STORAGE|key-store/,
    );

    expect(describeHits(hits)).toEqual([]);
  });

  it('opens shadow roots closed', () => {
    const hits = findHits(code, /attachShadow\s*\(\s*\{[^}]*mode\s*:\s*['"`]open/);

    expect(describeHits(hits)).toEqual([]);
  });
});

describe('no remote code', () => {
  it('loads no script from the network in the extension pages', () => {
    const remote = /<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i;
    const hits = findHits(markup, remote);

    expect(describeHits(hits)).toEqual([]);
  });

  it('imports no module from a URL and calls no importScripts', () => {
    const hits = findHits(
      code,
      /\bimport\s*\(\s*['"`]https?:|\bimportScripts\s*\(|from\s+['"]https?:/,
    );

    expect(describeHits(hits)).toEqual([]);
  });

  it('strips comments but keeps code (self-check of these tests)', () => {
    expect(codeOf('utils/logger.ts')).toContain('console.info');
    expect(codeOf('utils/logger.ts')).not.toContain('the one sanctioned console user');
  });
});

/** What a file imports for its values (type-only imports are erased from the bundle). */
function valueImportsOf(file: string): string[] {
  const imports = codeOf(file).matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms);
  return [...imports].map((match) => {
    const target = match[1]!;
    return target.startsWith('.') ? normalize(join(dirname(file), target)) : target;
  });
}

/** The project's modules the content script's entry reaches through value imports. */
function contentScriptModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of valueImportsOf(file)) {
      const resolved = ['.ts', '.tsx', '/index.ts'].map((end) => target + end).find(existsSync);
      if (resolved) visit(resolved);
    }
  };
  visit('entrypoints/content/index.ts');
  return [...seen];
}
