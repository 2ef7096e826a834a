/**
 * Tells a TMDB v3 API key from a v4 read access token while the user types,
 * so one field takes either and says which it got before anything is sent.
 */
export type KeyInputKind = 'empty' | 'v3' | 'v4' | 'unknown';

/** A v3 key is exactly 32 hexadecimal characters. */
const V3_KEY = /^[0-9a-f]{32}$/i;

/**
 * A v4 read token is a JWT: three base64url parts, the first a JSON header,
 * which always encodes to a string starting with "eyJ" (`{"`).
 */
const V4_TOKEN = /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/;

/** Classifies what is in the key field; surrounding spaces from a paste are ignored. */
export function detectKeyKind(input: string): KeyInputKind {
  const value = input.trim();
  if (value === '') return 'empty';
  if (V3_KEY.test(value)) return 'v3';
  if (V4_TOKEN.test(value)) return 'v4';
  return 'unknown';
}
