/**
 * Gzipped sizes of the built extension, read from `.output/chrome-mv3`.
 *
 * The figure that matters most is the JavaScript injected into every matching
 * page: it is parsed on each page load of a streaming site, so it is budgeted.
 * Extension pages are measured with everything their HTML pulls in, following
 * static `import … from "./chunk.js"` edges, because a shared chunk costs the
 * page that loads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes after gzip at the default level (what stores and CDNs use). */
export interface BuildSizes {
  /** Every JS file the manifest injects into pages, summed. */
  injectedJs: number;
  injectedFiles: string[];
  popup: number;
  options: number;
  background: number;
}

/** The budget for injected JavaScript, in bytes gzipped. */
export const INJECTED_JS_BUDGET = 30 * 1024;

export function gzippedSize(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

interface Manifest {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

/** Reads the built manifest, or explains how to get one. */
export function readManifest(outputDir: string): Manifest {
  const path = join(outputDir, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`No build at ${outputDir}: run \`npm run build\` first.`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The files the manifest injects into pages, relative to the output folder. */
export function injectedFiles(manifest: Manifest): string[] {
  const files = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  return [...new Set(files)];
}

/** Relative module specifiers imported statically by a built chunk. */
function staticImports(source: string): string[] {
  const pattern = /(?:import|from)\s*["']([^"']+\.js)["']/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** A file plus everything it statically imports, as paths relative to the output. */
function withImports(outputDir: string, entry: string, seen = new Set<string>()): Set<string> {
  const normalised = posix.normalize(entry.replace(/^\//, ''));
  if (seen.has(normalised) || !existsSync(join(outputDir, normalised))) return seen;
  seen.add(normalised);

  const source = readFileSync(join(outputDir, normalised), 'utf8');
  for (const specifier of staticImports(source)) {
    const target = specifier.startsWith('/')
      ? specifier
      : posix.join(posix.dirname(normalised), specifier);
    withImports(outputDir, target, seen);
  }
  return seen;
}

/** The HTML page plus the scripts, styles and chunks it loads. */
export function pageFiles(outputDir: string, htmlFile: string): string[] {
  const html = readFileSync(join(outputDir, htmlFile), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');

  const files = new Set<string>([htmlFile]);
  for (const ref of refs) withImports(outputDir, ref, files);
  return [...files];
}

function sumGzipped(outputDir: string, files: string[]): number {
  return files.reduce((total, file) => total + gzippedSize(join(outputDir, file)), 0);
}

/** Measures every size the bench reports. Throws when there is no build. */
export function measureBuildSizes(outputDir: string): BuildSizes {
  const manifest = readManifest(outputDir);
  const injected = injectedFiles(manifest);
  const popupHtml = manifest.action?.default_popup ?? 'popup.html';
  const optionsHtml = manifest.options_ui?.page ?? 'options.html';
  const backgroundEntry = manifest.background?.service_worker ?? 'background.js';

  return {
    injectedJs: sumGzipped(outputDir, injected),
    injectedFiles: injected,
    popup: sumGzipped(outputDir, pageFiles(outputDir, popupHtml)),
    options: sumGzipped(outputDir, pageFiles(outputDir, optionsHtml)),
    background: sumGzipped(outputDir, [...withImports(outputDir, backgroundEntry)]),
  };
}

/** The Chrome build folder, relative to the repository root. */
export function chromeOutputDir(repoRoot: string): string {
  return join(repoRoot, '.output', 'chrome-mv3');
}

/** The repository root, from this file's location (tests/bench/). */
export const REPO_ROOT = dirname(dirname(dirname(new URL(import.meta.url).pathname)));
