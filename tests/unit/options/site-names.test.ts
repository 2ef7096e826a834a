import { describe, expect, it } from 'vitest';
import { siteIdOf, siteName } from '../../../components/options/site-names';
import { SITE_IDS } from '../../../utils/sites/ids';

describe('site names', () => {
  it('names every site', () => {
    for (const id of SITE_IDS) expect(siteName(id)).not.toBe('');
    expect(siteName('primevideo')).toBe('Prime Video');
  });

  it('finds the site id from the name the content script reports, or from the id', () => {
    expect(siteIdOf('IMDb')).toBe('imdb');
    expect(siteIdOf('Rotten Tomatoes')).toBe('rottentomatoes');
    expect(siteIdOf('netflix')).toBe('netflix');
  });

  it('has no id for other sites', () => {
    expect(siteIdOf(null)).toBeNull();
    expect(siteIdOf('Other sites')).toBeNull();
  });
});
