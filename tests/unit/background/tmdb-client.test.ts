vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { requireKey } from '../../../utils/background/key-store';
import { ReelcardError } from '../../../utils/messages';
import { parseRetryAfter, TmdbHttpError } from '../../../utils/tmdb/errors';
import { keyKind, tmdbGet } from '../../../utils/tmdb/http';
import { imageUrl } from '../../../utils/tmdb/images';
import { resetFakeBrowser } from './fake-browser';
import { fakeFetch, fixture, V3_KEY, V4_TOKEN, type FakeAnswer } from './fake-tmdb';

beforeEach(() => resetFakeBrowser());

/** The error tmdbGet throws for one fake answer. */
async function errorFor(answer: FakeAnswer | (() => never)): Promise<ReelcardError> {
  const { fetch } = fakeFetch(() => (typeof answer === 'function' ? answer() : answer));
  try {
    await tmdbGet('/movie/1', {}, { key: V3_KEY, fetch });
  } catch (error) {
    return error as ReelcardError;
  }
  throw new Error('expected a failure');
}

describe('credentials', () => {
  it('tells a v3 key from a v4 read token', () => {
    expect(keyKind(V3_KEY)).toBe('v3');
    expect(keyKind(`  ${V3_KEY.toUpperCase()} `)).toBe('v3');
    expect(keyKind(V4_TOKEN)).toBe('v4');
    expect(keyKind('not a key')).toBeNull();
    expect(keyKind('0123456789abcdef')).toBeNull();
  });

  it('sends a v3 key as api_key and a v4 token as a Bearer header', async () => {
    const { fetch, calls } = fakeFetch(() => ({ body: { success: true } }));
    await tmdbGet('/authentication', {}, { key: V3_KEY, fetch });
    await tmdbGet('/authentication', {}, { key: V4_TOKEN, fetch });

    expect(calls[0]!.url.searchParams.get('api_key')).toBe(V3_KEY);
    expect(calls[0]!.headers.get('Authorization')).toBeNull();
    expect(calls[1]!.url.searchParams.get('api_key')).toBeNull();
    expect(calls[1]!.headers.get('Authorization')).toBe(`Bearer ${V4_TOKEN}`);
    expect(calls[1]!.url.origin + calls[1]!.url.pathname).toBe(
      'https://api.themoviedb.org/3/authentication',
    );
  });

  it("says 'no-key' when no key is stored", async () => {
    await expect(requireKey()).rejects.toMatchObject({ kind: 'no-key' });
  });
});

describe('error kinds', () => {
  it('maps 401 codes 7, 3 and 10 to invalid-key', async () => {
    const invalid = await errorFor({
      status: 401,
      body: fixture('jdrouet-tmdb-api/invalid-api-key.json'),
    });
    expect(invalid).toMatchObject({ kind: 'invalid-key' });
    expect(invalid.message).toMatch(/options/);

    expect(await errorFor({ status: 401, body: { status_code: 3 } })).toMatchObject({
      kind: 'invalid-key',
    });
    const suspended = await errorFor({ status: 401, body: { status_code: 10 } });
    expect(suspended).toMatchObject({ kind: 'invalid-key' });
    expect(suspended.message).toMatch(/suspended/);
  });

  it('maps 404, 429, 5xx and other 4xx', async () => {
    const notFound = await errorFor({
      status: 404,
      body: fixture('jdrouet-tmdb-api/resource-not-found.json'),
    });
    expect(notFound.kind).toBe('not-found');

    const limited = await errorFor({ status: 429, body: {}, headers: { 'Retry-After': '3' } });
    expect(limited).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(limited).toBeInstanceOf(TmdbHttpError);

    expect((await errorFor({ status: 503, body: { status_code: 9 } })).kind).toBe('server');
    expect((await errorFor({ status: 500, text: '<html>' })).kind).toBe('server');
    const invalid = await errorFor({
      status: 422,
      body: fixture('jdrouet-tmdb-api/validation-error.json'),
    });
    expect(invalid.kind).toBe('bad-request');
  });

  it('maps network failures, timeouts and malformed JSON', async () => {
    const offline = await errorFor(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline.kind).toBe('offline');

    const timedOut = await errorFor(() => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    expect(timedOut.kind).toBe('timeout');

    expect((await errorFor({ status: 200, text: '{"id": 1,' })).kind).toBe('server');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('imageUrl', () => {
  it('builds https://image.tmdb.org URLs only', () => {
    expect(imageUrl('/abc.jpg', 'w185')).toBe('https://image.tmdb.org/t/p/w185/abc.jpg');
    expect(imageUrl(null, 'w185')).toBeNull();
    expect(imageUrl('//evil.example/x.jpg', 'w185')).toBeNull();
    expect(imageUrl('/../x.jpg', 'w185')).toBeNull();
  });
});
