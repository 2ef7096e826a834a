// @vitest-environment happy-dom
/**
 * Netflix's inline data index: read once, counted once per run of our code
 * however many tiles are read, and read again when a later task added a
 * script with more data.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { netflixFacts } from '../../../utils/sites/netflix-data';

/** Adds an inline script shaped like Netflix's falcor cache to `page`. */
function addData(page: Document, videoId: number, type: 'show' | 'movie', year: number): void {
  const script = page.createElement('script');
  script.type = 'application/json';
  script.textContent =
    `{"unifiedEntityId":"Video:${videoId}","id":${videoId},"type":"${type}",` +
    `"videoId":${videoId},"title":"x","releaseYear":${year}}`;
  page.body.append(script);
}

/** A document of its own per test: the index is kept per document. */
const newPage = () => document.implementation.createHTMLDocument('netflix');

/** Lets the pending microtasks run, as the end of a task does. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe('netflixFacts', () => {
  it('reads type and year from the inline data', () => {
    const page = newPage();
    addData(page, 80057281, 'show', 2019);

    expect(netflixFacts(page, '80057281')).toEqual({ type: 'tv', year: 2019 });
    expect(netflixFacts(page, '1')).toEqual({});
    expect(netflixFacts(page, undefined)).toEqual({});
  });

  it('counts the scripts once however many tiles one run reads', async () => {
    const page = newPage();
    addData(page, 70131314, 'movie', 2010);
    expect(netflixFacts(page, '70131314')).toEqual({ type: 'movie', year: 2010 });
    await nextTask();
    const count = vi.spyOn(page, 'scripts', 'get');

    for (let tile = 0; tile < 50; tile += 1) {
      page.body.append(page.createElement('div'));
      expect(netflixFacts(page, '70131314')).toEqual({ type: 'movie', year: 2010 });
    }

    expect(count).toHaveBeenCalledTimes(1);
  });

  it('sees data a later task added', async () => {
    const page = newPage();
    addData(page, 70131314, 'movie', 2010);
    expect(netflixFacts(page, '81040344')).toEqual({});
    await nextTask();

    addData(page, 81040344, 'show', 2021);

    expect(netflixFacts(page, '81040344')).toEqual({ type: 'tv', year: 2021 });
    expect(netflixFacts(page, '70131314')).toEqual({ type: 'movie', year: 2010 });
  });
});
