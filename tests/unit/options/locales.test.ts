/**
 * The popup's and options page's strings exist in every locale: each key the
 * code asks for is in English and French, and a translation keeps the
 * substitutions ($1…) of the English message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string }>;

const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

const en = load('en');
const fr = load('fr');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every literal key passed to t() or getMessage() in the popup and options code. */
function keysUsed(): string[] {
  const dirs = [
    'components/popup',
    'components/options',
    'entrypoints/popup',
    'entrypoints/options',
  ];
  const files = [...dirs.flatMap(filesUnder), 'utils/background/context-menu.ts'];
  const keys = new Set<string>();
  for (const file of files.filter((f) => /\.tsx?$/.test(f))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\b(?:t|getMessage)\(\s*'([\w]+)'/g)) keys.add(match[1]!);
    // Keys picked from tables, e.g. { rating: 'options_badge_rating' }.
    for (const match of source.matchAll(/'((?:popup|options)_[a-z0-9_]+)'/g)) keys.add(match[1]!);
  }
  return [...keys].sort();
}

const ours = (key: string) => /^(popup|options|context_menu)_/.test(key);

describe('locales', () => {
  it('has every key the popup and options page use, in English and French', () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !en[key])).toEqual([]);
    expect(used.filter((key) => !fr[key])).toEqual([]);
  });

  it('translates every popup and options message into French', () => {
    const missing = Object.keys(en).filter((key) => ours(key) && !fr[key]);
    const extra = Object.keys(fr).filter((key) => ours(key) && !en[key]);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps the substitutions of each English message in its translation', () => {
    const placeholders = (text = '') => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    const broken = Object.keys(en).filter(
      (key) =>
        fr[key] && placeholders(en[key]?.message).join() !== placeholders(fr[key]?.message).join(),
    );
    expect(broken).toEqual([]);
  });
});
