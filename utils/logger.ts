/**
 * The gated logger: silent unless the user turns logging on in the options
 * (or the build is a development build). Nothing else in the extension prints.
 */
let enabled = import.meta.env?.MODE === 'development';

export function setLogging(on: boolean): void {
  enabled = on;
}

const PREFIX = '[Reelcard]';

/* eslint-disable no-console -- this module is the one sanctioned console user */
export const log = {
  info: (...args: unknown[]) => enabled && console.info(PREFIX, ...args),
  warn: (...args: unknown[]) => enabled && console.warn(PREFIX, ...args),
  error: (...args: unknown[]) => enabled && console.error(PREFIX, ...args),
};
/* eslint-enable no-console */

const reported = new WeakSet<object>();

/**
 * Logs a failure once, naming the part that failed, so one broken adapter or
 * handler is visible without flooding the console on every mutation.
 */
export function reportError(where: string, error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  log.error(`${where} failed:`, error);
}
