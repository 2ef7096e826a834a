/**
 * The detection API the content script calls: which adapters serve a page,
 * a one-off scan, and live watching.
 *
 * Adapter choice: on a site with its own adapter, only that adapter runs (and
 * none when the user turned the site off), because the site adapter knows
 * which links on its pages are titles and the generic detectors would badge
 * the same titles twice. Every other page gets the generic detectors, and
 * only when the user opted in to all sites.
 */
import type { Settings } from '../settings';
import { GENERIC_ADAPTER, siteAdapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';

export { BADGE_TAG, scanTitles, type DetectedTitle } from './scan';
export { watchTitles, type TitleHandlers, type WatchOptions } from './watch';
export { observe, RESCAN_ABOVE, type MutationBatch, type ObserveOptions } from './observe';
export {
  createWorkQueue,
  SLICE_MS,
  type Job,
  type SliceOptions,
  type WorkQueue,
} from './work-queue';

/** The adapters to run on `url` with these settings (see the module comment). */
export function adaptersFor(url: URL, settings: Settings): SiteAdapter[] {
  const site = siteAdapterFor(url);
  if (site) return site.id !== 'generic' && settings.sites[site.id] ? [site] : [];
  return settings.allSites ? [GENERIC_ADAPTER] : [];
}

/** The site with its own adapter serving `url`, for the popup and options page. */
export function siteFor(url: URL): { id: string; name: string } | null {
  const site = siteAdapterFor(url);
  return site ? { id: site.id, name: site.name } : null;
}
