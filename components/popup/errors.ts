/**
 * What the popup says when a search fails, by error kind: one plain
 * sentence, plus whether the fix is in the options page.
 */
import { ReelcardError } from '../../utils/messages';
import type { ErrorKind } from '../../utils/types';

/** The error kind of anything thrown, `internal` for what is not a ReelcardError. */
export function kindOf(error: unknown): ErrorKind {
  return error instanceof ReelcardError ? error.kind : 'internal';
}

const MESSAGE_KEYS: Partial<Record<ErrorKind, string>> = {
  'no-key': 'popup_error_no_key',
  'invalid-key': 'popup_error_invalid_key',
  'rate-limited': 'popup_error_rate_limited',
  offline: 'popup_error_offline',
  timeout: 'popup_error_offline',
  server: 'popup_error_server',
};

/** The i18n key of the sentence for a failed search. */
export function searchErrorKey(kind: ErrorKind): string {
  return MESSAGE_KEYS[kind] ?? 'popup_error_other';
}

/** Errors the user fixes by entering another key in the options page. */
export function isKeyProblem(kind: ErrorKind): boolean {
  return kind === 'no-key' || kind === 'invalid-key';
}
