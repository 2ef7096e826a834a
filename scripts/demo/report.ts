/**
 * Turns what the demo saw into plain-text tables for the terminal: one per
 * page, then a summary line. Pure, so the layout is unit-tested.
 */
import type { BadgeRow } from './badges';
import type { DemoPage } from './pages';
import type { SettleVerdict } from './settle';

export interface PageResult {
  page: DemoPage;
  /** How the wait ended, or "failed" when the page could not be opened. */
  verdict: SettleVerdict | 'failed';
  rows: BadgeRow[];
  error?: string;
}

type TextColumn = Exclude<keyof BadgeRow, 'visible'>;

const COLUMNS: { key: TextColumn; heading: string; max: number }[] = [
  { key: 'title', heading: 'title as read', max: 42 },
  { key: 'year', heading: 'year', max: 4 },
  { key: 'state', heading: 'state', max: 9 },
  { key: 'tmdb', heading: 'TMDB', max: 14 },
  { key: 'rating', heading: 'rating', max: 6 },
];

/** Cuts long text to `max` characters with an ellipsis, so one row stays one line. */
function fit(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One page's badges as an aligned table; a single line when there are none. */
export function formatTable(rows: BadgeRow[]): string {
  if (rows.length === 0) return '  (no badges)';

  const cells = rows.map((row) => COLUMNS.map((column) => fit(row[column.key], column.max)));
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.heading.length, ...cells.map((line) => line[index]!.length)),
  );
  const line = (values: string[]) =>
    `  ${values.map((value, index) => value.padEnd(widths[index]!)).join('  ')}`.trimEnd();

  return [
    line(COLUMNS.map((column) => column.heading)),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
  ].join('\n');
}

/** Counts badges by state. */
export function countStates(rows: BadgeRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.state] = (counts[row.state] ?? 0) + 1;
  return counts;
}

/** The heading printed above a page's table. */
export function formatPageHeading(result: PageResult): string {
  const { page, verdict, rows } = result;
  const matched = countStates(rows).matched ?? 0;
  const note = verdict === 'failed' ? `failed: ${result.error ?? 'unknown error'}` : verdict;
  return `${page.site} — ${page.url}\n  ${rows.length} found, ${matched} matched (${note})`;
}

/** The last line: totals over every page. */
export function formatSummary(results: PageResult[]): string {
  const rows = results.flatMap((result) => result.rows);
  const counts = countStates(rows);
  const failed = results.filter((result) => result.verdict === 'failed').length;
  const withBadges = results.filter((result) => result.rows.length > 0).length;

  return (
    `Summary: ${results.length} pages (${withBadges} with badges, ${failed} failed), ` +
    `${rows.length} titles found, ${counts.matched ?? 0} matched, ` +
    `${counts.unmatched ?? 0} unmatched, ${counts.error ?? 0} errors, ` +
    `${counts.loading ?? 0} still loading`
  );
}
