/**
 * How sites are named in the popup and options page: each adapter's own
 * name (brand names, the same in every language), so a new site needs no
 * second list here.
 */
import { SITE_IDS, type SiteId } from '../../utils/sites/ids';
import { SITE_ADAPTERS } from '../../utils/sites/index';

/** "IMDb" for "imdb". */
export function siteName(id: SiteId): string {
  return SITE_ADAPTERS[id].name;
}

/**
 * The site id for what the content script reports as its site: its adapter's
 * display name ("Prime Video") or the id itself. Null for "other sites".
 */
export function siteIdOf(site: string | null): SiteId | null {
  if (site === null) return null;
  return SITE_IDS.find((id) => id === site || siteName(id) === site) ?? null;
}
