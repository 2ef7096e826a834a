/** Image URLs for posters, profiles and provider logos. */

/** TMDB's secure image base (from /configuration `images.secure_base_url`); stable for years. */
export const IMAGE_BASE = 'https://image.tmdb.org/t/p/';

/** The sizes TMDB serves for posters (w92…w780), profiles (w45, w185, h632) and logos. */
export type ImageSize =
  'w45' | 'w92' | 'w154' | 'w185' | 'w300' | 'w342' | 'w500' | 'w780' | 'h632' | 'original';

/**
 * The https URL of a TMDB image, or null when there is no image. Only a plain
 * "/name.ext" path is accepted, so data from TMDB can never point the UI at
 * another host.
 */
export function imageUrl(path: string | null | undefined, size: ImageSize): string | null {
  if (!path || !/^\/[\w.-]+$/.test(path)) return null;
  return `${IMAGE_BASE}${size}${path}`;
}
