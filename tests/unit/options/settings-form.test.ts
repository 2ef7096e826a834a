import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../utils/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../../utils/native-browser', () => ({ browser: fakeBrowser }));

const { applyChange, patchFor } = await import('../../../components/options/settings-form');
const { defaultSettings, loadSettings, saveSettings } = await import('../../../utils/settings');

const settings = defaultSettings('en-US');

describe('patchFor', () => {
  it('switches one site off and keeps the others as they were', () => {
    const patch = patchFor(settings, { field: 'site', site: 'imdb', on: false });
    expect(patch?.sites).toEqual({ ...settings.sites, imdb: false });
  });

  it('passes the switches through', () => {
    expect(patchFor(settings, { field: 'logging', on: true })).toEqual({ logging: true });
    expect(patchFor(settings, { field: 'allSites', on: true })).toEqual({ allSites: true });
  });

  it('accepts only known badge styles and themes', () => {
    expect(patchFor(settings, { field: 'badgeStyle', value: 'rating-votes' })).toEqual({
      badgeStyle: 'rating-votes',
    });
    expect(patchFor(settings, { field: 'badgeStyle', value: 'huge' })).toBeNull();
    expect(patchFor(settings, { field: 'theme', value: 'dark' })).toEqual({ theme: 'dark' });
    expect(patchFor(settings, { field: 'theme', value: 'blue' })).toBeNull();
  });

  it('accepts a language tag and a region code in the form TMDB uses', () => {
    expect(patchFor(settings, { field: 'language', value: 'fr-FR' })).toEqual({
      language: 'fr-FR',
    });
    expect(patchFor(settings, { field: 'language', value: 'french' })).toBeNull();
    expect(patchFor(settings, { field: 'region', value: 'BE' })).toEqual({ region: 'BE' });
    expect(patchFor(settings, { field: 'region', value: 'be' })).toBeNull();
  });

  it('rounds and clamps the card delay, and ignores text that is not a number', () => {
    expect(patchFor(settings, { field: 'cardDelayMs', value: '420.6' })).toEqual({
      cardDelayMs: 421,
    });
    expect(patchFor(settings, { field: 'cardDelayMs', value: '-5' })).toEqual({ cardDelayMs: 0 });
    expect(patchFor(settings, { field: 'cardDelayMs', value: '99999' })).toEqual({
      cardDelayMs: 3000,
    });
    expect(patchFor(settings, { field: 'cardDelayMs', value: 'soon' })).toBeNull();
    expect(patchFor(settings, { field: 'cardDelayMs', value: '' })).toBeNull();
  });
});

describe('applyChange', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands saveSettings the patch of the change', async () => {
    const save = vi.fn(async () => settings);
    await applyChange(settings, { field: 'badgeStyle', value: 'none' }, save);
    expect(save).toHaveBeenCalledWith({ badgeStyle: 'none' });
  });

  it('does not save a refused value', async () => {
    const save = vi.fn(async () => settings);
    expect(await applyChange(settings, { field: 'theme', value: 'neon' }, save)).toBe(settings);
    expect(save).not.toHaveBeenCalled();
  });

  it('stores the change through the real settings module', async () => {
    const current = await loadSettings();
    await applyChange(current, { field: 'site', site: 'netflix', on: false }, saveSettings);
    const stored = await loadSettings();
    expect(stored.sites.netflix).toBe(false);
    expect(stored.sites.imdb).toBe(true);
  });
});
