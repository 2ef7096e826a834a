/**
 * Watch-provider answers. TMDB gets these from JustWatch and keys them by
 * country; titles without hand-written data get a deterministic mix, and a
 * few regions are left out on purpose so clients meet "no data here".
 */
import { hashOf, imagePath, pick } from './generated';

/** Real TMDB provider ids; logo paths are generated. */
const PROVIDERS: Record<string, number> = {
  'Apple TV': 2,
  'Google Play Movies': 3,
  Netflix: 8,
  'Amazon Prime Video': 9,
  'Amazon Video': 10,
  Hulu: 15,
  'Disney Plus': 337,
  Peacock: 386,
  'Paramount Plus': 531,
  Max: 1899,
};

const STREAMERS = ['Netflix', 'Amazon Prime Video', 'Disney Plus', 'Max', 'Hulu', 'Paramount Plus'];
const REGIONS = ['US', 'GB', 'CA', 'DE', 'FR', 'BR', 'ES', 'IT', 'JP', 'AU', 'IN', 'MX'];

/** How a region's offer is written by hand in data/extras.json. */
export interface RegionOffer {
  flatrate?: string[];
  free?: string[];
  ads?: string[];
  rent?: string[];
  buy?: string[];
}

function provider(name: string, priority: number) {
  return {
    logo_path: imagePath(`provider:${name}`),
    provider_id: PROVIDERS[name] ?? 1000 + (hashOf(name) % 1000),
    provider_name: name,
    display_priority: priority,
  };
}

function region(link: string, offer: RegionOffer) {
  const out: Record<string, unknown> = { link };
  for (const [kind, names] of Object.entries(offer)) {
    if (names && names.length > 0) out[kind] = (names as string[]).map((n, i) => provider(n, i));
  }
  return out;
}

/** A plausible generated offer: one streamer (most of the time) plus rent and buy stores. */
function generatedOffer(seed: string): RegionOffer {
  const offer: RegionOffer = {
    rent: ['Apple TV', 'Google Play Movies'],
    buy: ['Apple TV', 'Amazon Video'],
  };
  if (hashOf(`${seed}:stream`) % 5 !== 0) offer.flatrate = [pick(STREAMERS, `${seed}:streamer`)];
  return offer;
}

/**
 * The `watch/providers` body for a title: hand-written regions when given,
 * otherwise generated ones. US is always present so cards have data.
 */
export function watchProviders(seed: string, slug: string, written?: Record<string, RegionOffer>) {
  const results: Record<string, unknown> = {};
  const regions = written
    ? Object.keys(written)
    : REGIONS.filter((r) => r === 'US' || hashOf(`${seed}:${r}`) % 4 !== 0);

  for (const code of regions) {
    const link = `https://www.themoviedb.org/${slug}/watch?locale=${code}`;
    const offer = written?.[code] ?? generatedOffer(`${seed}:${code}`);
    results[code] = region(link, offer);
  }
  return { results };
}
