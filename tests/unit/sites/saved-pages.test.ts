/**
 * Detection on every saved real page in ../shared/pages against LABELS.tsv:
 * at least 95% of the labelled titles per page are found, with the right
 * year, type and ids where the page gives them, and the labelled negatives
 * (live events, upcoming events, collections) are not.
 */
import { describe, expect, it } from 'vitest';
import { scanTitles, type DetectedTitle } from '../../../utils/detect';
import { siteAdapterFor } from '../../../utils/sites';
import type { TitleQuery } from '../../../utils/types';
import { loadPage, readLabels, readSources, type Label } from './load-page';

const labels = readLabels();
const sources = readSources();
const files = Array.from(new Set(labels.map((label) => label.file)));

/** Labelled fields the page itself does not give (the label says so), so they are not required. */
function pageGivesYearAndType(label: Label): boolean {
  return !/not in page|placeholder/.test(label.evidence + label.ids);
}

function sameTitle(query: TitleQuery, label: Label): boolean {
  return query.title.normalize('NFC') === label.title.normalize('NFC');
}

/** The ids the label names, in TitleQuery terms. */
function labelIds(label: Label): Partial<TitleQuery> {
  const ids: Partial<TitleQuery> = {};
  for (const part of label.ids.split(';').map((p) => p.trim())) {
    const [kind, value = ''] = part.split(':');
    if (kind === 'imdb') ids.imdbId = value;
    if (kind === 'tmdb') ids.tmdbId = Number(value);
    if (kind === 'wikidata') ids.wikidataId = value;
  }
  return ids;
}

function checkFields(found: DetectedTitle, label: Label): void {
  expect(found.query, label.title).toMatchObject(labelIds(label));
  if (!pageGivesYearAndType(label)) return;
  if (label.year !== undefined && found.query.year !== undefined)
    expect(found.query.year).toBe(label.year);
  if (label.type && found.query.type) expect(found.query.type, label.title).toBe(label.type);
}

describe.each(files)('saved page %s', (file) => {
  const url =
    sources.get(file) ?? (file.includes('hbomax') ? 'https://play.hbomax.com/search' : '');
  const document = loadPage(file, url);
  const adapter = siteAdapterFor(new URL(url));
  const detections = adapter ? scanTitles(document, document, [adapter]) : [];
  const rows = labels.filter((label) => label.file === file);
  const positives = rows.filter((label) => !label.role.startsWith('NEGATIVE'));
  const negatives = rows.filter((label) => label.role.startsWith('NEGATIVE'));

  it('is served by its site adapter', () => {
    expect(adapter?.id).toBe(rows[0]?.site === 'hbomax' ? 'max' : rows[0]?.site);
  });

  it('finds at least 95% of the labelled titles, with their year, type and ids', () => {
    const unused = [...detections];
    let hits = 0;
    for (const label of positives) {
      const index = unused.findIndex((found) => sameTitle(found.query, label));
      if (index < 0) continue;
      checkFields(unused[index]!, label);
      unused.splice(index, 1);
      hits += 1;
    }
    expect(hits / positives.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a year and type wherever the labels say the page gives them', () => {
    const withFacts = positives.filter(
      (label) => pageGivesYearAndType(label) && label.year && label.type,
    );
    const complete = withFacts.filter((label) =>
      detections.some(
        (found) => sameTitle(found.query, label) && found.query.year && found.query.type,
      ),
    );
    // Disney+ tiles give a year but never the type; everything else should have both.
    const needed = file.includes('disneyplus') ? 0 : 0.95;
    expect(complete.length).toBeGreaterThanOrEqual(Math.floor(withFacts.length * needed));
  });

  it.runIf(negatives.length > 0)('does not detect the labelled negatives', () => {
    for (const label of negatives) {
      const name = label.title.replace(/\s*\((LIVE|Upcoming)\)$/, '');
      const matched = detections.filter((found) => found.query.title.includes(name));
      expect(matched, label.title).toEqual([]);
    }
  });

  it('places every badge next to an element of the page', () => {
    for (const found of detections) {
      expect(found.placement.anchor.isConnected).toBe(true);
      expect(found.element.localName.startsWith('reelcard-')).toBe(false);
    }
  });
});
