/** Every site with its own adapter; the options page lists them in this order. */
export const SITE_IDS = [
  'netflix',
  'primevideo',
  'disneyplus',
  'max',
  'hulu',
  'appletv',
  'imdb',
  'letterboxd',
  'rottentomatoes',
  'metacritic',
  'trakt',
  'justwatch',
  'wikipedia',
] as const;

export type SiteId = (typeof SITE_IDS)[number];

/** A site's own id for a title, "netflix:80100172": site name, colon, the site's id. */
export const PAGE_ID = /^[a-z]{2,20}:[\w-]{1,40}$/;

export function pageIdOf(site: SiteId, id: string | undefined): string | undefined {
  return id ? `${site}:${id}` : undefined;
}
