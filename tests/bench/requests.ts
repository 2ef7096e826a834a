/**
 * Counting the TMDB requests a visit caused, from the stand-in's request log.
 * Pure functions over log entries, so the e2e spec and the bench share them.
 */

/** The part of the stand-in's `LogEntry` the counts need (so any log entry fits). */
export interface LoggedRequest {
  /** Path under the API root, e.g. "/3/search/multi". */
  path: string;
  /** Query parameters; the key, when sent this way, is the same in every request. */
  query: Record<string, string>;
}

/** Path and query in a canonical order, so the same request always gives the same text. */
export function requestKey(request: LoggedRequest): string {
  const params = Object.entries(request.query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${request.path}?${new URLSearchParams(params).toString()}`;
}

/** Paths that answer for the whole session rather than for one title. */
const SESSION_PATHS = [
  /\/configuration$/,
  /\/authentication$/,
  /\/genre\//,
  /\/watch\/providers\//,
];

/** Whether a request was made for one title (search, find, details), not for the session. */
export function isTitleRequest(request: LoggedRequest): boolean {
  return !SESSION_PATHS.some((pattern) => pattern.test(request.path));
}

/** Requests whose path and query both repeat an earlier one. */
export function duplicates(requests: LoggedRequest[]): LoggedRequest[] {
  const seen = new Set<string>();
  return requests.filter((request) => {
    const key = requestKey(request);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

/** The text a search request asked for, or null for other requests. */
export function searchedText(request: LoggedRequest): string | null {
  if (!request.path.includes('/search/')) return null;
  return request.query.query ?? null;
}

/** Requests per path kind ("search/multi", "movie/:id"…), for the report. */
export function countByKind(requests: LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const kind = request.path.replace(/^\/3\//, '').replace(/\/\d+(?=\/|$)/g, '/:id');
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** Loose form of a title, so a search text the extension cleaned still finds its tile. */
export function looseTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Title requests grouped by the title they were about: a search's loose text,
 * or the path for id lookups (/find, details). Requests per title is judged on
 * this, so two different searches for one title count against the budget.
 */
export function requestsByTitle<R extends LoggedRequest>(requests: R[]): Map<string, R[]> {
  const byTitle = new Map<string, R[]>();
  for (const request of requests.filter(isTitleRequest)) {
    const text = searchedText(request);
    const key = text === null ? request.path : `search:${looseTitle(text)}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), request]);
  }
  return byTitle;
}

/** The distinct titles the requests were about. */
export function titlesAsked(requests: LoggedRequest[]): Set<string> {
  return new Set(requestsByTitle(requests).keys());
}

/** Titles that cost more than one request, with those requests. */
export function titlesAskedTwice<R extends LoggedRequest>(requests: R[]): [string, R[]][] {
  return [...requestsByTitle(requests)].filter(([, list]) => list.length > 1);
}

/** How far below the viewport the tiles whose titles were searched for sit. */
export interface FarRequests {
  /** Searches for titles whose tile starts `farFrom` viewport heights down or more. */
  far: string[];
  /** Searches whose text matches no tile (the billboard, or text cleaned past recognition). */
  unmapped: string[];
  /** Tiles that start above `farFrom` viewport heights (near or in the viewport). */
  nearTiles: number;
  totalTiles: number;
}

/**
 * Compares searched titles with where their tiles are. `distances` maps a
 * tile's title to its top, in viewport heights from the top of the viewport.
 */
export function farRequests(
  requests: LoggedRequest[],
  distances: Record<string, number>,
  farFrom: number,
): FarRequests {
  const byText = new Map(Object.entries(distances).map(([title, d]) => [looseTitle(title), d]));
  const texts = requests.map(searchedText).filter((text): text is string => text !== null);
  const distanceOf = (text: string) => byText.get(looseTitle(text));
  const all = Object.values(distances);

  return {
    far: texts.filter((text) => (distanceOf(text) ?? 0) >= farFrom),
    unmapped: texts.filter((text) => distanceOf(text) === undefined),
    nearTiles: all.filter((d) => d < farFrom).length,
    totalTiles: all.length,
  };
}
