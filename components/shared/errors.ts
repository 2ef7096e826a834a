/**
 * What to tell the user about a failed lookup: what happened and what fixes
 * it. Shared by the badge tooltip and the card.
 */
import type { ErrorKind } from '../../utils/types';
import { t } from './i18n';

// Message keys in _locales; every kind has a sentence naming the fix.
const HINT_KEYS: Record<ErrorKind, string> = {
  'no-key': 'badge_error_no_key',
  'invalid-key': 'badge_error_invalid_key',
  'rate-limited': 'badge_error_rate_limited',
  offline: 'badge_error_offline',
  timeout: 'badge_error_timeout',
  'not-found': 'badge_error_not_found',
  server: 'badge_error_server',
  'bad-request': 'badge_error_internal',
  cancelled: 'badge_error_internal',
  internal: 'badge_error_internal',
};

/** The i18n key of the hint for an error kind. */
export function errorHintKey(kind: ErrorKind | null | undefined): string {
  return HINT_KEYS[kind ?? 'internal'] ?? HINT_KEYS.internal;
}

/** A sentence naming what went wrong and the fix, e.g. "Check your TMDB key in Reelcard's options". */
export function errorHint(kind: ErrorKind | null | undefined): string {
  return t(errorHintKey(kind));
}

/** Kinds that pass by themselves, so the content script retries them later. */
export function isTransient(kind: ErrorKind | null | undefined): boolean {
  return kind === 'rate-limited' || kind === 'offline' || kind === 'timeout' || kind === 'server';
}

/** Kinds the user fixes in the options page. */
export function needsKey(kind: ErrorKind | null | undefined): boolean {
  return kind === 'no-key' || kind === 'invalid-key';
}
