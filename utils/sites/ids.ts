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
