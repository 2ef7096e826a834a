/**
 * Loads saved HTML into a happy-dom document at its original URL, with the
 * page's scripts not run (as saved pages render), so adapters read it as the
 * content script would.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/** The shared saved pages, beside the clone (`../shared/pages`). */
export const PAGES_DIR = new URL('../../../../shared/pages/', import.meta.url);

/** A document for `html` served at `url`. */
export function pageFromHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A saved page from `../shared/pages/` (or another file URL) at its original URL. */
export function loadPage(path: string | URL, url: string): Document {
  const file = typeof path === 'string' ? new URL(path, PAGES_DIR) : path;
  return pageFromHtml(readFileSync(file, 'utf8'), url);
}

export interface Label {
  site: string;
  file: string;
  title: string;
  year?: number;
  type?: string;
  ids: string;
  role: string;
  evidence: string;
}

/** Rows of `LABELS.tsv`: the titles a person sees on each saved page. */
export function readLabels(): Label[] {
  const [, ...rows] = readFileSync(new URL('LABELS.tsv', PAGES_DIR), 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [
      site = '',
      file = '',
      title = '',
      year = '',
      type = '',
      ids = '',
      role = '',
      evidence = '',
    ] = row.split('\t');
    return {
      site,
      file,
      title,
      year: year ? Number(year) : undefined,
      type: type || undefined,
      ids,
      role,
      evidence,
    };
  });
}

/** The original URL of each saved page, from `SOURCES.tsv`. */
export function readSources(): Map<string, string> {
  const [, ...rows] = readFileSync(new URL('SOURCES.tsv', PAGES_DIR), 'utf8').trim().split('\n');
  return new Map(
    rows.map((row) => row.split('\t')).map((cells) => [cells[0] ?? '', cells[7] ?? '']),
  );
}
