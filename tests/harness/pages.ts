/**
 * The pages the host server serves: the saved real pages of ../shared/pages
 * at their original URLs (from SOURCES.tsv), plus pages tests register at
 * any URL. Registered pages win over saved ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from '../standin/paths';

export const PAGES_DIR = path.join(SHARED_DIR, 'pages');

export interface Page {
  body: Buffer | string;
  contentType: string;
  headers: Record<string, string>;
  /** Sends the body up to `marker`, and the rest once `until` settles (a page still loading). */
  hold?: PageHold;
}

export interface PageHold {
  marker: string;
  until: Promise<void>;
}

export interface PageOptions {
  contentType?: string;
  headers?: Record<string, string>;
  hold?: PageHold;
}

/** A saved page: where it lives under ../shared/pages and the URL it was captured at. */
export interface SavedPage {
  file: string;
  url: string;
}

/** The saved pages listed in SOURCES.tsv. */
export function savedPages(): SavedPage[] {
  const [header, ...lines] = readFileSync(path.join(PAGES_DIR, 'SOURCES.tsv'), 'utf8')
    .trim()
    .split('\n');
  const columns = header!.split('\t');
  const fileAt = columns.indexOf('local_path');
  const urlAt = columns.indexOf('original_url');
  return lines.map((line) => {
    const cells = line.split('\t');
    return { file: cells[fileAt]!, url: cells[urlAt]! };
  });
}

/** "www.imdb.com/title/tt0133093" — host and path without a trailing slash, plus any query. */
function keyOf(url: URL, withQuery: boolean): string {
  const pathname = url.pathname.replace(/\/+$/, '') || '/';
  return `${url.hostname}${pathname}${withQuery ? url.search : ''}`;
}

const HTML = 'text/html; charset=utf-8';

export class PageTable {
  private readonly pages = new Map<string, Page | (() => Page)>();

  constructor() {
    this.reset();
  }

  /** Back to just the saved pages: forgets every page tests added. */
  reset(): void {
    this.pages.clear();
    for (const saved of savedPages()) {
      // Read lazily: most runs touch only a few of the saved pages.
      const load = () => ({
        body: readFileSync(path.join(PAGES_DIR, saved.file)),
        contentType: HTML,
        headers: {},
      });
      this.pages.set(keyOf(new URL(saved.url), true), load);
    }
  }

  /** Serves `body` at `url` (any host, any path); replaces what was there. */
  add(url: string, body: string | Buffer, options: PageOptions = {}) {
    const page = {
      body,
      contentType: options.contentType ?? HTML,
      headers: options.headers ?? {},
      hold: options.hold,
    };
    this.pages.set(keyOf(new URL(url), true), page);
  }

  remove(url: string): void {
    this.pages.delete(keyOf(new URL(url), true));
  }

  /** The page for a URL: exact match first, then the same path with any query. */
  find(url: URL): Page | undefined {
    const entry = this.pages.get(keyOf(url, true)) ?? this.pages.get(keyOf(url, false));
    return typeof entry === 'function' ? entry() : entry;
  }
}
