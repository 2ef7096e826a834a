/**
 * Detection and matching end to end on every saved real page of
 * ../shared/pages, checked against LABELS.tsv through the badge contract only.
 * Each page opens at its original URL with a valid key and is scrolled through
 * (badges look titles up only near the viewport). Then: at least 95% of the
 * labelled titles have a badge, labelled negatives have none, years agree
 * where the page shows one, and every matched badge of a labelled title has
 * the right TMDB id. Waits are polls on badge states, never sleeps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PAGES_DIR, savedPages } from '../harness/pages';
import type { Standin } from '../standin/index';
import { expect, test } from './fixtures';

/** A row of LABELS.tsv; `type` is "movie", "tv" or "" and `role` starts NEGATIVE for non-titles. */
type Label = { title: string; year?: number } & Record<LabelText, string>;
type LabelText = 'file' | 'type' | 'ids' | 'role' | 'evidence';

/** One badge as the contract shows it; `near` is whether it is close enough to look up now. */
interface BadgeRow {
  title: string;
  year: string;
  state: string;
  /** "movie:603" once matched, else "". */
  ref: string;
  near: boolean;
}

/** Rows of LABELS.tsv (tab-separated, one header row). */
function readLabels(): Label[] {
  const [, ...lines] = readFileSync(path.join(PAGES_DIR, 'LABELS.tsv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [, file = '', title = '', year = '', type = '', ids = '', role = '', evidence = ''] =
      line.split('\t');
    return { file, title, year: year ? Number(year) : undefined, type, ids, role, evidence };
  });
}

/** Titles compared as a reader would: case, spacing, quotes and direction marks aside. */
function normalize(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const isNegative = (label: Label) => label.role.startsWith('NEGATIVE');

/** The year is checked only where the page itself shows it (the label says when it does not). */
const pageShowsYear = (label: Label) =>
  label.year !== undefined && !/not in page/.test(label.evidence);

/**
 * Labels whose title alone is ambiguous in the stand-in. The stand-in also has
 * the 1999 anime "One Piece"; Netflix's all-caps "ONE PIECE" row is the
 * live-action series. A badge may stay unmatched here, but never match the anime.
 */
const EXPECTED_BY_TITLE: Record<string, string> = { 'ONE PIECE': 'tv:111110' };

/** A search result as the stand-in answers it: films have title/release_date, series name/first_air_date. */
type CatalogItem = Record<string, string | number | undefined>;

/** Whether a stand-in record's year fits the label: ±1 for films, an earlier start for series. */
function yearFits(item: CatalogItem, type: string, label: Label): boolean {
  const year = Number(String(item.release_date ?? item.first_air_date ?? '').slice(0, 4));
  if (label.year === undefined || !year) return true;
  return type === 'tv' ? year <= label.year : Math.abs(year - label.year) <= 1;
}

/** The TMDB ref a label means: its own tmdb: id, the table above, else the one stand-in record. */
function expectedRef(label: Label, standin: Standin): string {
  const own = /\btmdb:(\d+)/.exec(label.ids)?.[1];
  if (own) return `${label.type || 'movie'}:${own}`;
  if (EXPECTED_BY_TITLE[label.title]) return EXPECTED_BY_TITLE[label.title]!;

  const kind = label.type === 'movie' || label.type === 'tv' ? label.type : 'multi';
  const items = standin.search(kind, { query: label.title }).results as CatalogItem[];
  const refs = items
    .map((item) => ({ item, type: String(item.media_type ?? kind) }))
    .filter(({ item }) =>
      [item.title, item.name, item.original_title, item.original_name].some(
        (name) => typeof name === 'string' && normalize(name) === normalize(label.title),
      ),
    )
    .filter(({ item, type }) => yearFits(item, type, label))
    .map(({ item, type }) => `${type}:${item.id}`);
  if (refs.length !== 1) throw new Error(`no single stand-in record for "${label.title}": ${refs}`);
  return refs[0]!;
}

/**
 * Runs in the page: every badge, and whether it is on screen. The extension
 * looks titles up within a margin around the screen, measured on the title
 * rather than the badge; on screen is safely inside that margin.
 */
function readBadgesInPage(): BadgeRow[] {
  return Array.from(document.querySelectorAll('reelcard-badge')).map((badge) => {
    const box = badge.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.top < innerHeight && box.right > 0;
    const near = box.width > 0 && onScreen && box.left < innerWidth;
    const type = badge.getAttribute('data-tmdb-type');
    const id = badge.getAttribute('data-tmdb-id');
    return {
      title: badge.getAttribute('data-title') ?? '',
      year: badge.getAttribute('data-year') ?? '',
      state: badge.getAttribute('data-state') ?? '',
      ref: type && id ? `${type}:${id}` : '',
      near,
    };
  });
}

/** Waits until no badge near the viewport is still looking its title up. */
async function settleNear(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const rows = await page.evaluate(readBadgesInPage);
      return rows.filter((row) => row.near && row.state === 'loading').map((row) => row.title);
    })
    .toEqual([]);
}

/** Long unstyled saved pages run to a few dozen screens; the labelled titles come first. */
const MAX_SCROLL_STEPS = 60;

/** Scrolls down most of a screen at a time, letting each screenful of badges settle. */
async function scrollThrough(page: Page): Promise<void> {
  await settleNear(page);
  for (let step = 0; step < MAX_SCROLL_STEPS; step += 1) {
    const moved = await page.evaluate(() => {
      const before = scrollY;
      scrollTo({ top: before + innerHeight * 0.9, behavior: 'instant' });
      return scrollY !== before;
    });
    if (!moved) break;

    await settleNear(page);
  }
}

/** Pairs each label with a badge of the same title (each badge used once), preferring the same year. */
function pairLabels(labels: Label[], rows: BadgeRow[]): Map<Label, BadgeRow | undefined> {
  const unused = [...rows];
  const pairs = new Map<Label, BadgeRow | undefined>();
  for (const label of labels) {
    const same = (row: BadgeRow) => normalize(row.title) === normalize(label.title);
    const sameYear = unused.findIndex((row) => same(row) && row.year === String(label.year));
    const index = sameYear >= 0 ? sameYear : unused.findIndex(same);
    pairs.set(label, index >= 0 ? unused.splice(index, 1)[0] : undefined);
  }
  return pairs;
}

/** The label a badge belongs to, by title. */
const labelOf = (row: BadgeRow, labels: Label[]) =>
  labels.find((label) => normalize(label.title) === normalize(row.title));

/**
 * A title whose badge appeared after it had already scrolled by, or that the
 * scroll passed before the extension saw it near, was never near while it
 * existed; scroll back to each such labelled title, as a reader would. Its
 * badge is not drawn yet (hidden, no box), so the scroll goes to the nearest
 * element before or around it that has one: the title it belongs to.
 */
async function revisitUnsettled(page: Page, positives: Label[]): Promise<void> {
  const rows = await page.evaluate(readBadgesInPage);
  for (const [index, row] of rows.entries()) {
    if (row.state !== 'loading' || !labelOf(row, positives)) continue;
    const badge = page.locator('reelcard-badge').nth(index);
    await badge.evaluate((element) => {
      const hasBox = (node: Element) => node.getBoundingClientRect().height > 0;
      let target: Element | null = element;
      while (target && !hasBox(target)) {
        target = target.previousElementSibling ?? target.parentElement;
      }
      (target ?? element).scrollIntoView({ block: 'center', behavior: 'instant' });
    });
    // A reader stays until the title is badged; the extension looks for it within a moment.
    await expect(badge).not.toHaveAttribute('data-state', 'loading');
  }
}

/**
 * Opens the page, scrolls through it, then waits until every badge of a
 * labelled title has an answer (all of them came on screen on the way down).
 */
async function visit(page: Page, url: string, positives: Label[]): Promise<BadgeRow[]> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  await expect(page.locator('reelcard-badge').first()).toBeAttached();
  await scrollThrough(page);
  await revisitUnsettled(page, positives);

  const unsettled = async () =>
    (await page.evaluate(readBadgesInPage))
      .filter((row) => row.state === 'loading' && labelOf(row, positives))
      .map((row) => row.title);
  await expect.poll(unsettled).toEqual([]);
  return page.evaluate(readBadgesInPage);
}

function summarize(file: string, positives: Label[], found: Label[], labelled: BadgeRow[]) {
  const matched = labelled.filter((row) => row.state === 'matched').length;
  const summary =
    `${found.length}/${positives.length} labelled titles found, ` +
    `${matched}/${labelled.length} of their badges matched`;
  test.info().annotations.push({ type: file, description: summary });
  console.log(`${file}: ${summary}`);
  return summary;
}

/** Labelled negatives (live events, collections) have no badge, with or without the "(LIVE)" note. */
function expectNoNegatives(rows: BadgeRow[], negatives: Label[]): void {
  for (const label of negatives) {
    const title = normalize(label.title.replace(/\s*\([^)]*\)$/, ''));
    const badges = rows.filter((row) => normalize(row.title).includes(title));
    expect(badges, `negative "${label.title}"`).toEqual([]);
  }
}

/** Every badge of a labelled title has an answer, and a match is the labelled title's id. */
function expectRightMatches(labelled: BadgeRow[], expected: Map<Label, string>): void {
  const positives = [...expected.keys()];
  for (const row of labelled) {
    expect(['matched', 'unmatched'], `state of "${row.title}"`).toContain(row.state);
    if (row.state !== 'matched') continue;
    expect(row.ref, `TMDB id of "${row.title}"`).toBe(expected.get(labelOf(row, positives)!));
  }
}

const labels = readLabels();

for (const saved of savedPages()) {
  const pageLabels = labels.filter((label) => label.file === saved.file);
  const positives = pageLabels.filter((label) => !isNegative(label));

  test(`saved page ${saved.file}`, async ({ page, setApiKey, standin }) => {
    test.setTimeout(120_000);
    const expected = new Map(positives.map((label) => [label, expectedRef(label, standin)]));
    await setApiKey();
    const rows = await visit(page, saved.url, positives);

    const pairs = pairLabels(positives, rows);
    const found = positives.filter((label) => pairs.get(label));
    const labelled = rows.filter((row) => labelOf(row, positives));
    const summary = summarize(saved.file, positives, found, labelled);

    expect(found.length / positives.length, summary).toBeGreaterThanOrEqual(0.95);
    expectNoNegatives(rows, pageLabels.filter(isNegative));
    for (const label of found.filter(pageShowsYear)) {
      expect(pairs.get(label)?.year, `year of "${label.title}"`).toBe(String(label.year));
    }
    expectRightMatches(labelled, expected);
  });
}
