/**
 * Turns the bench's raw results into the printed rows (budgets.ts judges them).
 */
import type { LogEntry } from '../standin/request-log';
import { percentile } from './hover';
import { kilobytes, megabytes, ms, ratio, type Row } from './report';
import {
  countByKind,
  duplicates,
  farRequests,
  isTitleRequest,
  titlesAsked,
  titlesAskedTwice,
} from './requests';
import type { PageCostResult, VisitResult } from './scenarios';
import type { BuildSizes } from './size';

export interface BenchResults {
  tiles: number;
  latencyMs: number;
  sizes: BuildSizes;
  pageCost: PageCostResult | null;
  visit: VisitResult | null;
}

/** Tiles starting this many viewport heights down or more were never near the viewport. */
export const FAR_FROM = 3;

function titleRequests(log: LogEntry[]): LogEntry[] {
  return log.filter(isTitleRequest);
}

/**
 * Titles whose lookup finished (matched, unmatched or failed): each needed an
 * answer, so on a cold profile each is one title the extension asked TMDB about.
 */
function settledTitles(badges: Record<string, number>): number {
  return (badges.matched ?? 0) + (badges.unmatched ?? 0) + (badges.error ?? 0);
}

function sizeRows(sizes: BuildSizes): Row[] {
  const section = 'Size (gzipped)';
  return [
    {
      section,
      label: 'injected JS',
      value: `${kilobytes(sizes.injectedJs)} (${sizes.injectedFiles.join(', ')})`,
    },
    { section, label: 'popup page', value: kilobytes(sizes.popup) },
    { section, label: 'options page', value: kilobytes(sizes.options) },
    { section, label: 'background', value: kilobytes(sizes.background) },
  ];
}

/** How many titles cost more than one request, naming a few for whoever looks into it. */
function twice(requests: LogEntry[]): string {
  const list = titlesAskedTwice(requests);
  const examples = list
    .slice(0, 3)
    .map(([title, asked]) => `${title}: ${asked.map((r) => r.url).join(', ')}`);
  return list.length === 0 ? '0' : `${list.length} (${examples.join('; ')})`;
}

function pageCostRows(result: PageCostResult): Row[] {
  const section = 'Page cost (load + scroll to bottom)';
  const { with: ext, without } = result;
  const pair = (a: number, b: number, unit: (n: number) => string) =>
    `${unit(a)} with, ${unit(b)} without (${ratio(a, b)})`;
  const requests = titleRequests(result.requests);
  return [
    {
      section,
      label: 'main-thread tasks',
      value: pair(ext.total.taskMs, without.total.taskMs, ms),
    },
    {
      section,
      label: 'page-world script',
      value: pair(ext.total.scriptMs, without.total.scriptMs, ms),
    },
    {
      section,
      label: 'style + layout',
      value: pair(
        ext.total.styleMs + ext.total.layoutMs,
        without.total.styleMs + without.total.layoutMs,
        ms,
      ),
    },
    {
      section,
      label: 'JS heap growth',
      value: `${megabytes(ext.total.heapBytes)} with, ${megabytes(without.total.heapBytes)} without`,
    },
    {
      section,
      label: 'heap growth in scroll',
      value: `${megabytes(ext.scrollHeapBytes)} with, ${megabytes(without.scrollHeapBytes)} without`,
    },
    {
      section,
      label: 'longest task',
      value: `${ms(ext.longestTaskMs)} with, ${ms(without.longestTaskMs)} without`,
    },
    {
      section,
      label: 'longest extension task',
      value:
        `${ms(ext.longestExtensionTaskMs)} (${ms(ext.longestExtensionLayoutMs)} of it style + layout; ` +
        `${ext.extensionLongTasks} extension tasks over 50 ms)`,
    },
    { section, label: 'scroll steps', value: String(ext.scrollSteps) },
    { section, label: 'badges at the end', value: JSON.stringify(ext.badges) },
    {
      section,
      label: 'TMDB requests',
      value:
        `${requests.length} for ${titlesAsked(requests).size} titles asked, ` +
        `${settledTitles(ext.badges)} badges settled ${JSON.stringify(countByKind(requests))}`,
    },
    { section, label: 'duplicate requests', value: String(duplicates(result.requests).length) },
    { section, label: 'titles asked twice', value: twice(result.requests) },
  ];
}

function visitRows(visit: VisitResult): Row[] {
  const badges = 'Time to badges (95% of the first viewport)';
  const timing = (t: VisitResult['cold']) =>
    `${ms(t.ms)} from tiles, ${ms(t.afterDomReadyMs)} from DOMContentLoaded (${t.matched}/${t.total} matched)`;
  const far = farRequests(titleRequests(visit.coldRequests), visit.distances, FAR_FROM);
  const requests = 'Requests without scrolling';
  const hover = `Hover to card (after the ${visit.hoverDelayMs} ms delay)`;
  const hoverLine = (samples: VisitResult['hoverCold'], key: 'shownMs' | 'detailsMs') =>
    `median ${ms(
      percentile(
        samples.map((s) => s[key]),
        50,
      ),
    )}, p95 ${ms(
      percentile(
        samples.map((s) => s[key]),
        95,
      ),
    )} (${samples.length} hovers)`;
  return [
    { section: badges, label: 'cold (fresh profile)', value: timing(visit.cold) },
    { section: badges, label: 'warm (reload)', value: timing(visit.warm) },
    {
      section: requests,
      label: 'cold load',
      value: `${titleRequests(visit.coldRequests).length} title requests ${JSON.stringify(countByKind(visit.coldRequests))}`,
    },
    {
      section: requests,
      label: `for tiles ≥${FAR_FROM} screens down`,
      value: `${far.far.length}${far.far.length > 0 ? ` [${far.far.slice(0, 3).join(', ')}]` : ''} (tiles near: ${far.nearTiles} of ${far.totalTiles}; unmapped searches: ${far.unmapped.length})`,
    },
    {
      section: requests,
      label: 'duplicates (cold)',
      value: String(duplicates(visit.coldRequests).length),
    },
    { section: requests, label: 'warm reload', value: `${visit.warmRequests.length} requests` },
    { section: hover, label: 'cold: card shown', value: hoverLine(visit.hoverCold, 'shownMs') },
    {
      section: hover,
      label: 'cold: details drawn',
      value: hoverLine(visit.hoverCold, 'detailsMs'),
    },
    { section: hover, label: 'warm: card shown', value: hoverLine(visit.hoverWarm, 'shownMs') },
    {
      section: hover,
      label: 'warm: details drawn',
      value: hoverLine(visit.hoverWarm, 'detailsMs'),
    },
    ...cacheRows(visit),
  ];
}

function cacheRows(visit: VisitResult): Row[] {
  const section = 'Cache (Chromium IndexedDB in the extension worker)';
  const c = visit.cache;
  if (!c) return [{ section, label: 'result', value: 'not measured (see the error above)' }];
  return [
    { section, label: 'entries stored', value: `${c.entries} (filled in ${ms(c.fillMs)})` },
    {
      section,
      label: 'lookup (get)',
      value: `median ${ms(c.getMedianMs)}, p95 ${ms(c.getP95Ms)} over ${c.samples}`,
    },
    {
      section,
      label: 'write (set)',
      value: `median ${ms(c.setMedianMs)}, p95 ${ms(c.setP95Ms)} over ${c.samples}`,
    },
  ];
}

export function rowsOf(results: BenchResults): Row[] {
  return [
    ...(results.pageCost ? pageCostRows(results.pageCost) : []),
    ...(results.visit ? visitRows(results.visit) : []),
    ...sizeRows(results.sizes),
  ];
}
