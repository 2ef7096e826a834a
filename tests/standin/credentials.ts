/**
 * The credentials the stand-in accepts. Real TMDB accepts a v3 key in the
 * `api_key` query parameter or a v4 read token as a Bearer header; these
 * mimic both shapes so format checks in the product behave as with real ones.
 */

/** A valid v3 API key: 32 hex characters. */
export const TEST_API_KEY = 'c0ffee5eed0ddba11ca7b16b00b5face';

/** A v3-shaped key that TMDB would answer with 401 code 10 (suspended). */
export const SUSPENDED_API_KEY = 'deadbeefdeadbeefdeadbeefdeadbeef';

function base64url(value: object | string): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return Buffer.from(text).toString('base64url');
}

/** A valid v4 read access token: a JWT-shaped string (its signature is not real). */
export const TEST_READ_TOKEN = [
  base64url({ alg: 'HS256' }),
  base64url({ aud: TEST_API_KEY, sub: 'reelcard-tests', scopes: ['api_read'], version: 1 }),
  base64url('reelcard-standin-signature-not-real'),
].join('.');

export type AuthStyle = 'api_key' | 'bearer';

/** What a request presented, and whether it passes. */
export interface AuthCheck {
  style: AuthStyle | null;
  verdict: 'ok' | 'invalid' | 'suspended';
}

/** Checks a request's credentials. A query key wins over a header, as we assume TMDB does. */
export function checkAuth(query: Record<string, string>, authorization: string | undefined) {
  const key = query.api_key;
  if (key !== undefined) {
    const verdict =
      key === TEST_API_KEY ? 'ok' : key === SUSPENDED_API_KEY ? 'suspended' : 'invalid';
    return { style: 'api_key', verdict } satisfies AuthCheck;
  }

  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined) {
    return {
      style: 'bearer',
      verdict: bearer === TEST_READ_TOKEN ? 'ok' : 'invalid',
    } satisfies AuthCheck;
  }
  return { style: null, verdict: 'invalid' } satisfies AuthCheck;
}
