/** How each site is named in the options page (brand names, the same in every language). */
import type { SiteId } from '../../utils/sites/ids';

export const SITE_NAMES: Record<SiteId, string> = {
  netflix: 'Netflix',
  primevideo: 'Prime Video',
  disneyplus: 'Disney+',
  max: 'Max',
  hulu: 'Hulu',
  appletv: 'Apple TV+',
  imdb: 'IMDb',
  letterboxd: 'Letterboxd',
  rottentomatoes: 'Rotten Tomatoes',
  metacritic: 'Metacritic',
  trakt: 'Trakt',
  justwatch: 'JustWatch',
  wikipedia: 'Wikipedia',
};
