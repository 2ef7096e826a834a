/** Waiting for the extension to stop asking TMDB, for tests that reload next. */
import type { Standin } from '../standin/index';
import { expect } from './fixtures';

/**
 * Waits until the cold load has stopped asking: look-ahead lookups for tiles
 * just past the near ones may still be queued when the near badges settle, and
 * a reload then would cancel them and rightly ask again.
 */
export async function waitForQuiet(standin: Standin): Promise<void> {
  let seen = -1;
  await expect
    .poll(
      () => {
        const quiet = standin.log.length === seen;
        seen = standin.log.length;
        return quiet;
      },
      { timeout: 30_000, intervals: [1_500] },
    )
    .toBe(true);
}
