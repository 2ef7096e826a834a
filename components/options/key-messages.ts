/**
 * The words for the key field: what kind of credential is being typed, and
 * the outcome of saving it, by error kind.
 */
import type { KeyKind } from '../../utils/messages';
import type { ErrorKind } from '../../utils/types';
import type { KeyInputKind } from './key-kind';

/** The i18n key naming what is typed, or null when the field is empty. */
export function typedKindKey(kind: KeyInputKind): string | null {
  switch (kind) {
    case 'v3':
      return 'options_key_kind_v3';
    case 'v4':
      return 'options_key_kind_v4';
    case 'unknown':
      return 'options_key_kind_unknown';
    case 'empty':
      return null;
  }
}

/** The i18n key naming a stored credential's kind. */
export function storedKindKey(kind: KeyKind): string {
  return kind === 'v4' ? 'options_key_kind_v4' : 'options_key_kind_v3';
}

/** The i18n key of the sentence for a failed save. */
export function saveErrorKey(kind: ErrorKind): string {
  switch (kind) {
    case 'invalid-key':
      return 'options_key_invalid';
    case 'offline':
    case 'timeout':
    case 'server':
      return 'options_key_offline';
    case 'rate-limited':
      return 'options_key_rate_limited';
    default:
      return 'options_key_failed';
  }
}
