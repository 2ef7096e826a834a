import { describe, expect, it } from 'vitest';
import { buildStressPage } from '../../fixtures/stress/page';
import {
  billboardTitles,
  buildNetflixStressPage,
  divEnd,
  escapeHtml,
  readSavedNetflixPage,
  splitPage,
} from '../../fixtures/stress/netflix-stress';
import { SHARED_DIR } from '../../standin/paths';

const saved = readSavedNetflixPage(SHARED_DIR);
const tiles = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    title: `Film <${i}> & "co"`,
    netflixId: 90_000_000 + i,
  }));

describe('the Netflix stress page', () => {
  it('finds the eight saved title-card rows', () => {
    const parts = splitPage(saved);
    expect(parts.rows).toHaveLength(8);
    expect(parts.head).toContain('billboard-title');
    expect(parts.tail).toContain('member-footer');
  });

  it('holds exactly the requested tiles, each with its own title, id and escaped text', () => {
    const html = buildNetflixStressPage(saved, tiles(300));
    const labels = [
      ...html.matchAll(
        /<a href="\/watch\/(\d+)[^"]*"[^>]* aria-label="([^"]*)"[^>]*slider-refocus/g,
      ),
    ];
    expect(labels).toHaveLength(300);
    expect(new Set(labels.map((m) => m[2])).size).toBe(300);
    expect(labels[0]?.[1]).toBe('90000000');
    expect(labels[0]?.[2]).toBe(escapeHtml('Film <0> & "co"'));
    expect(html).not.toContain('Film <0>');
  });

  it('keeps no tile hidden and reaches for no remote script or stylesheet', () => {
    const html = buildNetflixStressPage(saved, tiles(50));
    expect(html).not.toMatch(/aria-hidden="true" class="slider-refocus"/);
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    expect(html).not.toMatch(/src="https:/);
    expect(html).toContain('id="stress-layout"');
  });

  it('gives no tile the billboard title, so each title is one lookup', () => {
    expect(billboardTitles(saved)).toEqual(['BEEF']);
    const titles = buildStressPage(3000).titles.map((t) => t.title.toLowerCase());
    expect(titles).not.toContain('beef');
    expect(new Set(titles).size).toBe(3000);
  });

  it('balances nested divs', () => {
    const html = '<div a><div>x</div><span></span></div><div>after</div>';
    expect(html.slice(0, divEnd(html, 0))).toBe('<div a><div>x</div><span></span></div>');
  });
});
