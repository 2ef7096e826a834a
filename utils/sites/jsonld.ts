/**
 * Reads schema.org JSON-LD blocks: the most stable signal across redesigns.
 * Handles arrays, `@graph` containers and blocks wrapped in CDATA comments
 * (Letterboxd writes `/* <![CDATA[ *\/ … /* ]]> *\/`).
 */
import type { MediaType } from '../types';
import { imdbIdIn, yearIn } from './dom';

export type JsonLdNode = Record<string, unknown>;

/** What a JSON-LD title node says about the page. */
export interface JsonLdTitle {
  /** `episode` pages belong to `series`; `other` (games, people…) is no title. */
  kind: MediaType | 'episode' | 'other';
  name: string | null;
  year?: number;
  imdbId?: string;
  series?: { name: string | null; imdbId?: string };
}

const KINDS: Record<string, JsonLdTitle['kind']> = {
  Movie: 'movie',
  TVSeries: 'tv',
  TVMiniSeries: 'tv',
  TVSeason: 'tv',
  TVEpisode: 'episode',
};

/** Every node of every JSON-LD block in the document, flattened. */
export function jsonLdNodes(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    const parsed = parseBlock(script.textContent ?? '');
    if (parsed !== undefined) collect(parsed, nodes);
  }
  return nodes;
}

function parseBlock(text: string): unknown {
  const json = text.replace(/\/\*\s*<!\[CDATA\[\s*\*\//g, '').replace(/\/\*\s*\]\]>\s*\*\//g, '');
  try {
    return JSON.parse(json);
  } catch {
    return undefined; // a broken block on one page must not stop detection
  }
}

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    value.forEach((item) => collect(item, into));
  } else if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    if (Array.isArray(node['@graph'])) collect(node['@graph'], into);
    if (node['@type']) into.push(node);
  }
}

function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The first node describing a film, series, episode or game, read into a `JsonLdTitle`. */
export function jsonLdTitle(document: Document): JsonLdTitle | null {
  for (const node of jsonLdNodes(document)) {
    const types = typesOf(node);
    const kind = types.map((type) => KINDS[type]).find(Boolean);
    if (kind) return readNode(node, kind);
    if (types.includes('VideoGame')) return { kind: 'other', name: null };
  }
  return null;
}

function readNode(node: JsonLdNode, kind: JsonLdTitle['kind']): JsonLdTitle {
  const date = node.datePublished ?? node.dateCreated ?? node.startDate;
  const series = node.partOfSeries as JsonLdNode | undefined;
  return {
    kind,
    name: stringOf(node.name),
    year: typeof date === 'string' ? yearIn(date) : undefined,
    imdbId: imdbIdIn(stringOf(node.url) ?? undefined) ?? sameAsImdb(node),
    series: series
      ? { name: stringOf(series.name), imdbId: imdbIdIn(stringOf(series.url)) }
      : undefined,
  };
}

function sameAsImdb(node: JsonLdNode): string | undefined {
  const sameAs = node.sameAs;
  const links = Array.isArray(sameAs) ? sameAs : [sameAs];
  return links.map((link) => imdbIdIn(stringOf(link))).find(Boolean);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? decodeEntities(value.trim()) : null;
}

/** JSON-LD names sometimes carry HTML entities ("Schindler&apos;s List"). */
function decodeEntities(text: string): string {
  return text
    .replace(/&apos;|&#0?39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
