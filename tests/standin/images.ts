/**
 * image.tmdb.org stand-in: `/t/p/<size>/<file>` answers a tiny SVG whose
 * colour derives from the file name, so each poster looks distinct and the
 * same one always looks the same.
 */
import { hashOf } from './generated';

export interface ImageAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const SIZE = /^\/t\/p\/(w\d+|h\d+|original)\/([\w.-]+\.(?:jpg|png|svg))$/;

/** Width and height for a TMDB size name; posters are 2:3. */
function dimensions(size: string): [number, number] {
  const value = Number(size.slice(1)) || 500;
  if (size.startsWith('h')) return [Math.round((value * 2) / 3), value];
  return [value, Math.round((value * 3) / 2)];
}

/** The answer for an image path, or a 404 for anything else. */
export function imageAnswer(path: string): ImageAnswer {
  const match = SIZE.exec(path);
  if (!match) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };

  const [width, height] = dimensions(match[1]!);
  const hue = hashOf(match[2]!) % 360;
  const body =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 2 3"><rect width="2" height="3" fill="hsl(${hue} 45% 40%)"/></svg>`;
  return {
    status: 200,
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=31536000' },
    body,
  };
}
