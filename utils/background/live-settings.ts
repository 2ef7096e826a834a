/**
 * The settings the background needs (language, region, logging), loaded on
 * first use after each worker start and kept current by `watchSettings`, so a
 * change in the options applies to the next request without a restart.
 */
import { setLogging } from '../logger';
import { loadSettings, watchSettings, type Settings } from '../settings';

/** The current settings for the background, with logging applied as they change. */
export class LiveSettings {
  private current: Promise<Settings> | null = null;

  /** The current settings; loaded from storage the first time. */
  get(): Promise<Settings> {
    this.current ??= loadSettings()
      .then((settings) => this.apply(settings))
      .catch((error: unknown) => {
        // Try again on the next call rather than failing forever.
        this.current = null;
        throw error;
      });
    return this.current;
  }

  /** Follows changes made in any page until `signal` aborts. */
  watch(signal: AbortSignal): void {
    watchSettings((settings) => {
      this.current = Promise.resolve(this.apply(settings));
    }, signal);
  }

  private apply(settings: Settings): Settings {
    setLogging(settings.logging);
    return settings;
  }
}
