/**
 * From what a page shows to a TMDB title, at most one request per badge:
 * the user's correction first, then ids (which are exact) before titles
 * (which need matching). Every answer is cached, so a revisit costs nothing.
 */
import type { CacheKind } from '../cache/policy';
import { ReelcardError, type Recalled } from '../messages';
import { findByExternalId, searchTitles, type ExternalSource, type TmdbGet } from '../tmdb/api';
import { pickSummary } from '../tmdb/map-summary';
import type { LookupResult, TitleQuery, TitleRef, TitleSummary } from '../types';
import { findCorrection } from './corrections';
import { NotCachedError, type CallContext, type TmdbService } from './tmdb-service';
import { getDetails } from './titles';

/** The matching functions (from utils/match), passed in so tests can use simple ones. */
export interface Matcher {
  planSearch(query: TitleQuery): { kind: 'movie' | 'tv' | 'multi'; params: Record<string, string> };
  chooseMatch(query: TitleQuery, candidates: TitleSummary[]): TitleSummary | null;
  correctionKey(query: TitleQuery): string;
}

/** Enough alternatives for the UI to offer a correction. */
export const MAX_CANDIDATES = 8;

const UNMATCHED: LookupResult = { status: 'unmatched', candidates: [] };
/** The user's own answer for a query: "Not a title". */
const DISMISSED: LookupResult = { status: 'unmatched', candidates: [], dismissed: true };

/** Unmatched answers are kept only as long as 404s: TMDB may add the title soon. */
const lifetimeOf = (result: LookupResult): CacheKind =>
  result.status === 'matched' ? 'lookup' : 'not-found';

/**
 * The TMDB title for what a page shows, or the candidates when none fits.
 * Order: the user's correction, a TMDB id, an IMDb id, a Wikidata id, the title.
 */
export async function lookupTitle(
  service: TmdbService,
  matcher: Matcher,
  query: TitleQuery,
  context: CallContext,
): Promise<LookupResult> {
  const correction = await findCorrection(matcher.correctionKey(query));
  if (correction === null) return DISMISSED;
  if (correction) return lookupRef(service, correction, context, true);

  if (query.tmdbId !== undefined && query.type) {
    return lookupRef(service, { type: query.type, id: query.tmdbId }, context, false);
  }
  if (query.imdbId) return lookupExternal(service, query, query.imdbId, 'imdb_id', context);
  if (query.wikidataId)
    return lookupExternal(service, query, query.wikidataId, 'wikidata_id', context);
  return lookupByTitle(service, matcher, query, context);
}

/**
 * A known title: its details (one request that also serves the card later),
 * cut down to a summary. A title TMDB no longer has is unmatched.
 */
async function lookupRef(
  service: TmdbService,
  ref: TitleRef,
  context: CallContext,
  corrected: boolean,
): Promise<LookupResult> {
  try {
    const details = await getDetails(service, ref, context);
    return { status: 'matched', summary: pickSummary(details), corrected };
  } catch (error) {
    if (error instanceof ReelcardError && error.kind === 'not-found') return UNMATCHED;
    throw error;
  }
}

async function lookupExternal(
  service: TmdbService,
  query: TitleQuery,
  externalId: string,
  source: ExternalSource,
  context: CallContext,
): Promise<LookupResult> {
  const { language } = await service.settings.get();
  const key = `find:${language}:${source}:${externalId}`;

  const load = async (get: TmdbGet) => {
    const found = await findByExternalId(get, externalId, source, language);
    // An IMDb id names one title, but a series and its pilot can share it: follow the page's hint.
    const best = found.find((title) => title.type === query.type) ?? found[0];
    return best ? matched(best) : UNMATCHED;
  };
  return service.cached(key, 'lookup', context, load, lifetimeOf);
}

async function lookupByTitle(
  service: TmdbService,
  matcher: Matcher,
  query: TitleQuery,
  context: CallContext,
): Promise<LookupResult> {
  const plan = matcher.planSearch(query);
  if (!plan.params.query?.trim()) return UNMATCHED; // nothing left to search for

  const { language } = await service.settings.get();
  const key = `lookup:${language}:${matcher.correctionKey(query)}`;
  const load = async (get: TmdbGet) => {
    const candidates = await searchTitles(get, plan.kind, plan.params, language);
    const best = matcher.chooseMatch(query, candidates);
    return best ? matched(best) : unmatched(candidates);
  };
  return service.cached(key, 'lookup', context, load, lifetimeOf);
}

/** Where the query last asked for a site's own id is kept (the id's title, type and year). */
const pageIdKey = (pageId: string) => `page-id:${pageId}`;

/** The answer for `query`, and remembers which query its site id was asked with. */
export async function lookupAndRemember(
  service: TmdbService,
  matcher: Matcher,
  query: TitleQuery,
  context: CallContext,
): Promise<LookupResult> {
  const result = await lookupTitle(service, matcher, query, context);
  if (query.pageId) await rememberPageId(service, query.pageId, query);
  return result;
}

async function rememberPageId(service: TmdbService, pageId: string, query: TitleQuery) {
  const asked: TitleQuery = { ...query };
  delete asked.pageId;
  const known = await service.cache.peek<TitleQuery>(pageIdKey(pageId));
  // Written only when it changed: a warm page would otherwise rewrite one entry per title.
  if (!known || JSON.stringify(known) !== JSON.stringify(asked)) {
    await service.cache.put(pageIdKey(pageId), asked, 'lookup');
  }
}

/**
 * The answer the cache holds for a title read before the page finished
 * loading, without asking TMDB. On Netflix the type and year are not on the
 * page yet, so the query asked for the same site id last time stands in,
 * provided the title still reads the same. Null when the cache cannot say.
 */
export async function recallTitle(
  service: TmdbService,
  matcher: Matcher,
  query: TitleQuery,
): Promise<Recalled | null> {
  const known = query.pageId
    ? await service.cache.peek<TitleQuery>(pageIdKey(query.pageId))
    : undefined;
  // What the page did show wins over what was remembered.
  const full = known && known.title === query.title ? { ...known, ...query } : query;
  try {
    const result = await lookupTitle(service, matcher, full, {
      priority: 'visible',
      cacheOnly: true,
    });
    return { query: full, result };
  } catch (error) {
    // Not cached, or cached as an error: the ordinary lookup after the page loaded will ask.
    if (error instanceof NotCachedError || error instanceof ReelcardError) return null;
    throw error;
  }
}

function matched(summary: TitleSummary): LookupResult {
  return { status: 'matched', summary, corrected: false };
}

function unmatched(candidates: TitleSummary[]): LookupResult {
  return { status: 'unmatched', candidates: candidates.slice(0, MAX_CANDIDATES) };
}
