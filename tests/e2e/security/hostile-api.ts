/**
 * Makes the TMDB stand-in answer with hostile records. The stand-in builds
 * its answers from its catalog, whose generated parts (cast, providers,
 * image paths) cannot carry arbitrary strings, so this wraps the instance's
 * `answer` for exactly the paths of the hostile records: their /find by
 * IMDb id and their details. Every other request goes to the stand-in as
 * before, and the returned function restores it.
 */
import type { Standin } from '../../standin';
import type { HostileRecord } from '../../fixtures/hostile/records';

type Answer = Awaited<ReturnType<Standin['answer']>>;

const JSON_HEADERS = {
  'content-type': 'application/json;charset=utf-8',
  'access-control-allow-origin': '*',
  'cache-control': 'no-store',
};

/** The summary part of a record, as /find lists it. */
function findItem(record: HostileRecord) {
  const item: Record<string, unknown> = { ...record.raw, media_type: 'movie', genre_ids: [] };
  for (const part of ['credits', 'external_ids', 'videos', 'release_dates', 'watch/providers']) {
    delete item[part];
  }
  return item;
}

/** The body for a path, or null when the path is not one of the hostile records'. */
function hostileBody(records: HostileRecord[], path: string): object | null {
  for (const record of records) {
    if (path === `/3/find/${record.imdbId}`) {
      return { movie_results: [findItem(record)], tv_results: [], person_results: [] };
    }
    if (path === `/3/movie/${record.raw.id}`) return record.raw;
  }
  return null;
}

/** Serves `records` through `standin` until the returned function is called. */
export function serveHostileRecords(standin: Standin, records: HostileRecord[]): () => void {
  const original = standin.answer.bind(standin);

  standin.answer = async (request) => {
    const path = new URL(request.url, 'https://api.themoviedb.org').pathname;
    const body = request.host === 'api.themoviedb.org' ? hostileBody(records, path) : null;
    if (!body) return original(request);

    // Logged like any other answer, so tests can count requests for these records too.
    standin.log.push({
      method: request.method,
      path,
      query: {},
      url: decodeURIComponent(request.url),
      auth: null,
      status: 200,
      at: Date.now(),
    });
    const answer: Answer = {
      kind: 'reply',
      status: 200,
      headers: JSON_HEADERS,
      body: JSON.stringify(body),
    };
    return answer;
  };
  return () => {
    standin.answer = original;
  };
}
