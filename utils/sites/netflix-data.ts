/**
 * Netflix shows a title's type and year only in the page's inline data (the
 * `reactContext`/falcor cache in a `<script>`), not in the tiles. This reads
 * that text once per document into an id → {type, year} index. The script
 * text is JavaScript-escaped (`\x20`), which the patterns below tolerate.
 */
import type { MediaType } from '../types';

export interface NetflixFacts {
  type?: MediaType;
  /** Netflix's releaseYear: for series, the latest season's year. */
  year?: number;
}

interface DocumentIndex {
  /** How many scripts the index was read from. */
  scripts: number;
  /** Whether `scripts` was checked since the last microtask checkpoint. */
  checked: boolean;
  index: Map<string, NetflixFacts>;
}

const cache = new WeakMap<Document, DocumentIndex>();

/** What the page's inline data says about a Netflix video id. */
export function netflixFacts(document: Document, videoId: string | undefined): NetflixFacts {
  if (!videoId) return {};
  return indexFor(document).get(videoId) ?? {};
}

/**
 * The index, re-read when the page's script count changed. Counting is not
 * free: `document.scripts` is live, so after any DOM write its length walks
 * the whole page again (about 80 µs on Netflix). The count is therefore
 * checked once per run of our code: a detection slice reads dozens of tiles,
 * writing badges between reads, without yielding, and no page script or
 * parser can add inline data while our code runs. The next microtask
 * checkpoint (the end of that run) lets the following read count again.
 */
function indexFor(document: Document): Map<string, NetflixFacts> {
  const cached = cache.get(document);
  if (cached?.checked) return cached.index;

  const scripts = document.scripts.length;
  const entry =
    cached && cached.scripts === scripts
      ? cached
      : { scripts, checked: false, index: readIndex(document) };
  entry.checked = true;
  cache.set(document, entry);

  queueMicrotask(() => (entry.checked = false));
  return entry.index;
}

function readIndex(document: Document): Map<string, NetflixFacts> {
  const index = new Map<string, NetflixFacts>();
  for (const script of Array.from(document.scripts)) {
    const text = script.textContent ?? '';
    if (text.includes('releaseYear') || text.includes('unifiedEntityId')) readScript(text, index);
  }
  return index;
}

/** `"unifiedEntityId":"Video:ID","id":ID,"type":"show"` and `"type":"show","unifiedEntityId":"Video:ID"`. */
const TYPE_AFTER = /"unifiedEntityId":"Video:(\d+)","id":\d+,"type":"(show|movie)"/g;
const TYPE_BEFORE = /"type":"(show|movie)","unifiedEntityId":"Video:(\d+)"/g;
/** `"videoId":ID,…,"releaseYear":2026`, the two a few fields apart in one summary. */
const YEAR = /"videoId":(\d+),[^{}]{0,200}?"releaseYear":(\d{4})/g;

function readScript(text: string, index: Map<string, NetflixFacts>): void {
  const set = (id: string | undefined, facts: NetflixFacts) => {
    if (id) index.set(id, { ...index.get(id), ...facts });
  };

  for (const [, id, kind] of text.matchAll(TYPE_AFTER)) set(id, { type: toType(kind) });
  for (const [, kind, id] of text.matchAll(TYPE_BEFORE)) set(id, { type: toType(kind) });
  for (const [, id, year] of text.matchAll(YEAR)) set(id, { year: Number(year) });
}

function toType(kind: string | undefined): MediaType {
  return kind === 'show' ? 'tv' : 'movie';
}

/** The Netflix video id in a `/watch/ID`, `/title/ID` or `?jbv=ID` link. */
export function netflixIdIn(href: string | null | undefined): string | undefined {
  return href
    ?.match(/\/(?:watch|title)\/(\d+)|[?&]jbv=(\d+)/)
    ?.slice(1)
    .find(Boolean);
}

/** The `video_id` inside the URL-encoded JSON of `data-ui-tracking-context`. */
export function trackedVideoId(element: Element | null): string | undefined {
  const context = element
    ?.closest('[data-ui-tracking-context]')
    ?.getAttribute('data-ui-tracking-context');
  if (!context) return undefined;
  try {
    return decodeURIComponent(context).match(/"video_id":(\d+)/)?.[1];
  } catch {
    return context.match(/video_id%22:(\d+)/)?.[1];
  }
}
