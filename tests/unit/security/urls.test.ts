/**
 * Hostile data from the API must never become a URL off TMDB's, IMDb's or
 * YouTube's sites: the URL builders accept only well-formed ids, keys and
 * image paths, and give null for anything else.
 */
import { describe, expect, it } from 'vitest';
import { imageUrl, imdbUrl, tmdbUrl, youtubeUrl } from '../../../components/shared/links';
import { imageUrl as apiImageUrl } from '../../../utils/tmdb/images';
import {
  ALLOWED_IMAGE_ORIGINS,
  ALLOWED_LINK_ORIGINS,
  ALL_HOSTILE_TEXT,
  HOSTILE_LINK_PARTS,
  OFFSITE_IMAGE_PATHS,
} from '../../fixtures/hostile/payloads';

const hostileStrings = [
  ...OFFSITE_IMAGE_PATHS,
  ...Object.values(HOSTILE_LINK_PARTS),
  ...ALL_HOSTILE_TEXT,
];

/** True when `url` is null or an https URL on one of `origins`, with no credentials or port. */
function staysOn(url: string | null, origins: string[]): boolean {
  if (url === null) return true;
  const parsed = new URL(url);
  return origins.includes(parsed.origin) && !parsed.username && !parsed.password;
}

describe('image URLs', () => {
  it.each(OFFSITE_IMAGE_PATHS)('refuses the off-site path %s', (path) => {
    expect(imageUrl('w92', path)).toBeNull();
    expect(staysOn(apiImageUrl(path, 'w92'), ALLOWED_IMAGE_ORIGINS)).toBe(true);
  });

  it('keeps every hostile string on image.tmdb.org', () => {
    for (const text of hostileStrings) {
      expect(staysOn(imageUrl('w185', text), ALLOWED_IMAGE_ORIGINS), text).toBe(true);
      expect(staysOn(apiImageUrl(text, 'w185'), ALLOWED_IMAGE_ORIGINS), text).toBe(true);
    }
  });

  it('still builds real TMDB image URLs', () => {
    expect(imageUrl('w92', '/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg')).toBe(
      'https://image.tmdb.org/t/p/w92/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg',
    );
  });
});

describe('link URLs', () => {
  it('refuses hostile IMDb ids and trailer keys', () => {
    for (const text of hostileStrings) {
      expect(imdbUrl(text), text).toBeNull();
      expect(youtubeUrl(text), text).toBeNull();
    }
  });

  it('refuses ids that are not positive integers and types that are not ours', () => {
    for (const id of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(tmdbUrl('movie', id)).toBeNull();
    }
    expect(tmdbUrl('javascript:' as 'movie', 1)).toBeNull();
  });

  it('builds links only to TMDB, IMDb and YouTube', () => {
    const built = [tmdbUrl('tv', 1399), imdbUrl('tt0133093'), youtubeUrl('dQw4w9WgXcQ')];

    expect(built.every((url) => url !== null && staysOn(url, ALLOWED_LINK_ORIGINS))).toBe(true);
  });
});
