/**
 * Deterministic stand-ins for data the dataset lacks (image paths, cast,
 * trailers, certifications, providers), so every card has something to show.
 * Everything is derived from a hash of a fixed seed: the same title always
 * gets the same answer, across runs and machines.
 */
import { createHash } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A stable unsigned 32-bit number for a seed. */
export function hashOf(seed: string): number {
  return createHash('sha1').update(seed).digest().readUInt32BE(0);
}

/** A TMDB-looking image path ("/" + 27 base62 characters + ".jpg") for a seed. */
export function imagePath(seed: string): string {
  // sha256 gives 32 bytes, enough for 27 characters without repeating.
  const bytes = createHash('sha256').update(`image:${seed}`).digest();
  let name = '';
  for (let i = 0; i < 27; i += 1) name += BASE62[bytes[i]! % 62];
  return `/${name}.jpg`;
}

/** Picks one item of a list by seed. */
export function pick<T>(list: readonly T[], seed: string): T {
  return list[hashOf(seed) % list.length]!;
}

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Inès', 'Jonas'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Byrne'];
const ROLES = ['Sam', 'the Captain', 'Dr. Reyes', 'Nora', 'Old Man', 'Agent Cole', 'Mira', 'Self'];

export interface GeneratedPerson {
  id: number;
  name: string;
  character: string;
}

/** A made-up cast of six for a title; ids sit in a high range that real TMDB people do not use. */
export function generatedCast(seed: string): GeneratedPerson[] {
  return Array.from({ length: 6 }, (_, order) => {
    const h = hashOf(`${seed}:cast:${order}`);
    return {
      id: 50_000_000 + (h % 1_000_000),
      name: `${FIRST[h % FIRST.length]} ${LAST[(h >>> 8) % LAST.length]}`,
      character: ROLES[(h >>> 16) % ROLES.length]!,
    };
  });
}

/** A made-up director or creator for a title. */
export function generatedMaker(seed: string): { id: number; name: string } {
  const h = hashOf(`${seed}:maker`);
  return {
    id: 51_000_000 + (h % 1_000_000),
    name: `${FIRST[h % FIRST.length]} ${LAST[(h >>> 8) % LAST.length]}`,
  };
}

/** An 11-character YouTube-style video key. */
export function videoKey(seed: string): string {
  const alphabet = `${BASE62}-_`;
  const bytes = createHash('sha1').update(`video:${seed}`).digest();
  return Array.from({ length: 11 }, (_, i) => alphabet[bytes[i]! % alphabet.length]).join('');
}

export const MOVIE_CERTIFICATIONS = ['G', 'PG', 'PG-13', 'R'] as const;
export const TV_RATINGS = ['TV-Y7', 'TV-PG', 'TV-14', 'TV-MA'] as const;
