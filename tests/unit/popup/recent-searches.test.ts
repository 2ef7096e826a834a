import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../utils/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../../utils/native-browser', () => ({ browser: fakeBrowser }));

const {
  clearRecentSearches,
  loadRecentSearches,
  MAX_RECENT_SEARCHES,
  RECENT_SEARCHES_KEY,
  rememberSearch,
  withRecentSearch,
} = await import('../../../components/popup/recent-searches');

describe('withRecentSearch', () => {
  it('puts the newest first and tidies its spaces', () => {
    expect(withRecentSearch(['alien'], '  the   matrix ')).toEqual(['the matrix', 'alien']);
  });

  it('moves a repeated search to the front instead of listing it twice, ignoring case', () => {
    expect(withRecentSearch(['alien', 'Heat', 'up'], 'heat')).toEqual(['heat', 'alien', 'up']);
  });

  it('keeps only the most recent ones', () => {
    const many = Array.from({ length: MAX_RECENT_SEARCHES }, (_, i) => `title ${i}`);
    const next = withRecentSearch(many, 'newest');
    expect(next).toHaveLength(MAX_RECENT_SEARCHES);
    expect(next[0]).toBe('newest');
    expect(next).not.toContain(`title ${MAX_RECENT_SEARCHES - 1}`);
  });

  it('ignores blank text', () => {
    expect(withRecentSearch(['alien'], '   ')).toEqual(['alien']);
  });
});

describe('the stored list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty at first and remembers searches in storage.local', async () => {
    expect(await loadRecentSearches()).toEqual([]);
    await rememberSearch('Alien');
    await rememberSearch('Heat');
    expect(await loadRecentSearches()).toEqual(['Heat', 'Alien']);
    const stored = await fakeBrowser.storage.local.get(RECENT_SEARCHES_KEY);
    expect(stored[RECENT_SEARCHES_KEY]).toEqual(['Heat', 'Alien']);
  });

  it('can be cleared', async () => {
    await rememberSearch('Alien');
    await clearRecentSearches();
    expect(await loadRecentSearches()).toEqual([]);
  });

  it('ignores a broken stored value', async () => {
    await fakeBrowser.storage.local.set({ [RECENT_SEARCHES_KEY]: ['ok', 3, null] });
    expect(await loadRecentSearches()).toEqual(['ok']);
    await fakeBrowser.storage.local.set({ [RECENT_SEARCHES_KEY]: 'nope' });
    expect(await loadRecentSearches()).toEqual([]);
  });
});
