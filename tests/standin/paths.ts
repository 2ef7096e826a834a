/** Where the stand-in finds its data: its own `data/` folder and the shared reference material. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The read-only shared material. CI keeps a copy beside the clone, so `../shared`
 * from the root; REELCARD_SHARED overrides it for unusual layouts.
 */
export const SHARED_DIR = process.env.REELCARD_SHARED ?? path.resolve(REPO_ROOT, '../shared');

export const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

export const FIXTURES_DIR = path.join(SHARED_DIR, 'tmdb/fixtures');

export const DATASET_FILE = path.join(SHARED_DIR, 'tmdb/datasets/tmdb_5000_movies.csv.gz');
