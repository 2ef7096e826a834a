/**
 * The matching benchmark: every row of match-set.tsv goes through the same
 * path as a real lookup (planSearch → the stand-in's search → chooseMatch)
 * and is scored against its expected answer. Shared by `npm run bench:match`
 * and the unit test that holds the thresholds.
 */
import { readFileSync } from 'node:fs';
import { chooseMatch, planSearch } from '../../utils/match';
import type { MediaType, TitleQuery, TitleSummary } from '../../utils/types';
import { createStandin } from '../standin';

export interface BenchRow {
  query: TitleQuery;
  /** "movie:603", "tv:1399" or "none". */
  expected: string;
  note: string;
}

export interface BenchResult {
  rows: number;
  positives: number;
  matched: number;
  correct: number;
  precision: number;
  recall: number;
  /** Wrong matches (precision errors) and missed ones (recall errors), for the report. */
  wrong: string[];
  missed: string[];
}

const SET_FILE = new URL('./match-set.tsv', import.meta.url);

/** The labelled rows: string, year hint, type hint, expected, note. */
export function readMatchSet(): BenchRow[] {
  return readFileSync(SET_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [title = '', year = '', type = '', expected = 'none', note = ''] = line.split('\t');
      const query: TitleQuery = { title };
      if (year) query.year = Number(year);
      if (type === 'movie' || type === 'tv') query.type = type;
      return { query, expected, note };
    });
}

type SearchItem = Record<string, unknown>;

/** A raw TMDB search item as the background would turn it into a summary. */
function toSummary(item: SearchItem, kind: string): TitleSummary | null {
  const type = (item.media_type as string | undefined) ?? kind;
  if (type !== 'movie' && type !== 'tv') return null;
  const date = (type === 'movie' ? item.release_date : item.first_air_date) as string | undefined;
  return {
    type: type as MediaType,
    id: item.id as number,
    title: (type === 'movie' ? item.title : item.name) as string,
    originalTitle:
      ((type === 'movie' ? item.original_title : item.original_name) as string) ?? null,
    year: date ? Number(date.slice(0, 4)) : null,
    posterPath: null,
    voteAverage: Number(item.vote_average ?? 0),
    voteCount: Number(item.vote_count ?? 0),
    popularity: Number(item.popularity ?? 0),
    overview: null,
  };
}

/** Runs the whole set against an in-process stand-in. */
export function runMatchBench(rows = readMatchSet()): BenchResult {
  const standin = createStandin();
  const result: BenchResult = {
    rows: rows.length,
    positives: 0,
    matched: 0,
    correct: 0,
    precision: 0,
    recall: 0,
    wrong: [],
    missed: [],
  };

  for (const row of rows) {
    const plan = planSearch(row.query);
    const items = standin.search(plan.kind, plan.params).results as SearchItem[];
    const candidates = items
      .map((item) => toSummary(item, plan.kind))
      .filter((c): c is TitleSummary => c !== null);
    const chosen = chooseMatch(row.query, candidates);
    const answer = chosen ? `${chosen.type}:${chosen.id}` : 'none';
    const label = `${JSON.stringify(row.query)} → ${answer}, expected ${row.expected} (${row.note})`;

    if (row.expected !== 'none') result.positives += 1;
    if (chosen) result.matched += 1;
    if (chosen && answer === row.expected) result.correct += 1;
    else if (chosen) result.wrong.push(label);
    else if (row.expected !== 'none') result.missed.push(label);
  }

  result.precision = result.matched ? result.correct / result.matched : 1;
  result.recall = result.positives ? result.correct / result.positives : 1;
  return result;
}
