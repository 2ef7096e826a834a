/**
 * The pages the demo visits: every saved real page listed in
 * ../shared/pages/SOURCES.tsv, each to be served at its original URL so the
 * content script's match patterns apply exactly as on the live site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the saved pages live, from the repository root. */
export const SHARED_PAGES_DIR = path.resolve('../shared/pages');

export interface DemoPage {
  /** Short site name for the report, e.g. "Netflix". */
  site: string;
  /** The saved file, relative to SHARED_PAGES_DIR. */
  file: string;
  /** Where the page was captured; the demo opens it there. */
  url: string;
  /** What kind of page it is, e.g. "title page (movie)". */
  kind: string;
}

/** Folder name in ../shared/pages → the name people know the site by. */
const SITE_NAMES: Record<string, string> = {
  netflix: 'Netflix',
  imdb: 'IMDb',
  letterboxd: 'Letterboxd',
  wikipedia: 'Wikipedia',
  rottentomatoes: 'Rotten Tomatoes',
  metacritic: 'Metacritic',
  disneyplus: 'Disney+',
  hbomax: 'Max',
};

/** The site's folder, skipping the "_reduced/" prefix that marks trimmed excerpts. */
function siteFolder(localPath: string): string {
  const parts = localPath.split('/').filter((part) => part !== '_reduced');
  return parts[0] ?? localPath;
}

/** Parses SOURCES.tsv (tab-separated, one header row) into the pages to visit, in file order. */
export function parseSources(tsv: string): DemoPage[] {
  const [header, ...rows] = tsv.split('\n').filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  const column = (name: string) => columns.indexOf(name);

  const fileAt = column('local_path');
  const urlAt = column('original_url');
  const kindAt = column('page_kind');
  if (fileAt < 0 || urlAt < 0) throw new Error('SOURCES.tsv lacks local_path or original_url');

  return rows.map((row) => {
    const cells = row.split('\t');
    const file = cells[fileAt] ?? '';
    const folder = siteFolder(file);
    return {
      site: SITE_NAMES[folder] ?? folder,
      file,
      url: cells[urlAt] ?? '',
      kind: cells[kindAt] ?? '',
    };
  });
}

/** Reads the demo's pages from the shared folder. */
export function loadDemoPages(dir = SHARED_PAGES_DIR): DemoPage[] {
  return parseSources(readFileSync(path.join(dir, 'SOURCES.tsv'), 'utf8'));
}
