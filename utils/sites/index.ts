/**
 * Every site adapter, in the order of `SITE_IDS`. Adding a site means one
 * adapter file, one id in ids.ts and one line here.
 */
import { appletv } from './appletv';
import { disneyplus } from './disneyplus';
import { generic } from './generic';
import type { SiteId } from './ids';
import { imdb } from './imdb';
import { justwatch } from './justwatch';
import { letterboxd } from './letterboxd';
import { max } from './max';
import { metacritic } from './metacritic';
import { hulu } from './hulu';
import { netflix } from './netflix';
import { primevideo } from './primevideo';
import { rottentomatoes } from './rottentomatoes';
import { trakt } from './trakt';
import type { SiteAdapter } from './types';
import { wikipedia } from './wikipedia';

/** The adapters of the sites Reelcard knows, keyed by site id. */
export const SITE_ADAPTERS: Record<SiteId, SiteAdapter> = {
  netflix,
  primevideo,
  disneyplus,
  max,
  hulu,
  appletv,
  imdb,
  letterboxd,
  rottentomatoes,
  metacritic,
  trakt,
  justwatch,
  wikipedia,
};

/** The detectors for every other page. */
export const GENERIC_ADAPTER = generic;

/** The site adapter serving `url`, if any. */
export function siteAdapterFor(url: URL): SiteAdapter | null {
  return Object.values(SITE_ADAPTERS).find((adapter) => adapter.matches(url)) ?? null;
}
