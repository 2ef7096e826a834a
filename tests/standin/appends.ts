/**
 * The parts `append_to_response` adds to a details answer, in TMDB's appended
 * shape: each under its own name ("watch/providers" included), without its
 * own `id`. Recorded data wins, then hand-written extras, then generated.
 */
import { createHash } from 'node:crypto';
import {
  generatedCast,
  generatedMaker,
  hashOf,
  imagePath,
  MOVIE_CERTIFICATIONS,
  pick,
  TV_RATINGS,
  videoKey,
} from './generated';
import { loadExtras } from './load';
import { watchProviders, type RegionOffer } from './providers';
import { recordedPart } from './recorded';
import { firstDateOf, refKey, titleOf, type TitleRecord } from './records';
import { words } from './text';

/** Hand-written extras for a title (data/extras.json). */
interface Extras {
  tagline?: string;
  cast?: { id: number; name: string; character: string }[];
  directors?: { id: number; name: string }[];
  trailer?: { key: string; name: string };
  certifications?: Record<string, string>;
  providers?: Record<string, RegionOffer>;
}

let extrasCache: Record<string, Extras> | undefined;

export function extrasFor(record: TitleRecord): Extras {
  extrasCache ??= loadExtras<Extras>();
  return extrasCache[refKey(record)] ?? {};
}

/** The append names this stand-in answers; TMDB ignores unknown names, and so do we. */
export const APPEND_NAMES = [
  'credits',
  'external_ids',
  'videos',
  'release_dates',
  'content_ratings',
  'watch/providers',
] as const;

function person(id: number, name: string) {
  return {
    adult: false,
    gender: 0,
    id,
    known_for_department: 'Acting',
    name,
    original_name: name,
    popularity: (hashOf(`pop:${id}`) % 400) / 10,
    profile_path: imagePath(`profile:person/${id}`),
  };
}

function credits(record: TitleRecord) {
  const key = refKey(record);
  const extras = extrasFor(record);
  const cast = (extras.cast ?? generatedCast(key)).map((p, order) => ({
    ...person(p.id, p.name),
    ...(record.media_type === 'movie' ? { cast_id: order + 1 } : {}),
    character: p.character,
    credit_id: `c${record.id.toString(16)}x${order}`,
    order,
  }));

  const directorNames = record.media_type === 'movie' ? record.directors : undefined;
  const makers = extras.directors ??
    directorNames?.map((name) => ({ id: 53_000_000 + (hashOf(name) % 1_000_000), name })) ?? [
      generatedMaker(key),
    ];
  const job = record.media_type === 'movie' ? 'Director' : 'Executive Producer';
  const crew = makers.map((m, i) => ({
    ...person(m.id, m.name),
    known_for_department: 'Directing',
    credit_id: `d${record.id.toString(16)}x${i}`,
    department: job === 'Director' ? 'Directing' : 'Production',
    job,
  }));
  return { cast, crew };
}

function videos(record: TitleRecord) {
  const key = refKey(record);
  const trailer = extrasFor(record).trailer;
  const published = `${firstDateOf(record) || '2000-01-01'}T16:00:00.000Z`;
  const video = (type: string, name: string, videoId: string) => ({
    iso_639_1: 'en',
    iso_3166_1: 'US',
    name,
    key: videoId,
    site: 'YouTube',
    size: 1080,
    type,
    official: true,
    published_at: published,
    id: createHash('sha1').update(`${key}:${type}`).digest('hex').slice(0, 24),
  });

  // A teaser comes first so clients have to pick the trailer rather than the first video.
  return {
    results: [
      video('Teaser', `${titleOf(record)} | Teaser`, videoKey(`${key}:teaser`)),
      video(
        'Trailer',
        trailer?.name ?? `${titleOf(record)} | Official Trailer`,
        trailer?.key ?? videoKey(key),
      ),
    ],
  };
}

function releaseDates(record: TitleRecord) {
  if (record.media_type !== 'movie') return null;
  const key = refKey(record);
  const certs = extrasFor(record).certifications ?? {
    US: record.certification ?? pick(MOVIE_CERTIFICATIONS, key),
    GB: pick(['U', 'PG', '12A', '15', '18'], key),
  };
  const date = `${record.release_date || '2000-01-01'}T00:00:00.000Z`;
  const entry = (certification: string, type: number) => ({
    certification,
    descriptors: [],
    iso_639_1: '',
    note: type === 4 ? 'Digital' : '',
    release_date: date,
    type,
  });

  // The US digital release has no certification, as is common on TMDB.
  const results = Object.entries(certs).map(([region, cert]) => ({
    iso_3166_1: region,
    release_dates: region === 'US' ? [entry('', 4), entry(cert, 3)] : [entry(cert, 3)],
  }));
  return { results };
}

function contentRatings(record: TitleRecord) {
  if (record.media_type !== 'tv') return null;
  const key = refKey(record);
  const us = record.rating ?? pick(TV_RATINGS, key);
  return {
    results: [
      { descriptors: [], iso_3166_1: 'US', rating: us },
      { descriptors: [], iso_3166_1: 'DE', rating: pick(['6', '12', '16', '18'], key) },
    ],
  };
}

function externalIds(record: TitleRecord) {
  const social = { facebook_id: null, instagram_id: null, twitter_id: null };
  if (record.media_type === 'movie') {
    return { imdb_id: record.imdb_id, wikidata_id: record.wikidata_id, ...social };
  }
  return {
    imdb_id: record.imdb_id,
    freebase_mid: null,
    freebase_id: null,
    tvdb_id: record.tvdb_id,
    tvrage_id: null,
    wikidata_id: record.wikidata_id,
    ...social,
  };
}

function providers(record: TitleRecord) {
  const slug = `${record.media_type}/${record.id}-${words(titleOf(record)).join('-')}`;
  return watchProviders(refKey(record), slug, extrasFor(record).providers);
}

const BUILDERS: Record<string, (record: TitleRecord) => object | null> = {
  credits,
  external_ids: externalIds,
  videos,
  release_dates: releaseDates,
  content_ratings: contentRatings,
  'watch/providers': providers,
};

/** One appended part for a title, or null when the name does not apply to its type. */
export function appendPart(name: string, record: TitleRecord): object | null {
  const builder = BUILDERS[name];
  if (!builder) return null;
  return recordedPart(refKey(record), name) ?? builder(record);
}
