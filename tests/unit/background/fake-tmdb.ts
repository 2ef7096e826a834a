/** A fake `fetch` for TMDB: routes by path, records every call, serves the shared fixtures. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../../../../shared/tmdb/fixtures');

/** A parsed fixture from ../shared/tmdb/fixtures. */
export function fixture<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES, path), 'utf8')) as T;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  /** Sent as is instead of JSON; for malformed answers. */
  text?: string;
  headers?: Record<string, string>;
}

export type Route = (url: URL, init: RequestInit) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeCall {
  url: URL;
  headers: Headers;
}

/** A fetch that answers with `route`, and the list of calls it received. */
export function fakeFetch(route: Route) {
  const calls: FakeCall[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    calls.push({ url, headers: new Headers(init.headers) });
    if (init.signal?.aborted) throw init.signal.reason;

    const answer = await route(url, init);
    const text = answer.text ?? JSON.stringify(answer.body ?? {});
    return new Response(text, { status: answer.status ?? 200, headers: answer.headers });
  };
  return { fetch, calls };
}

/** The paths of the calls, e.g. "/3/search/multi". */
export const pathsOf = (calls: FakeCall[]) => calls.map((call) => call.url.pathname);

export const V3_KEY = '0123456789abcdef0123456789abcdef';
export const V4_TOKEN =
  'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIwMTIzNDU2Nzg5YWJjZGVmIiwic2NvcGVzIjpbImFwaV9yZWFkIl19.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
