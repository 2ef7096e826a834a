/**
 * A stand-in for `utils/browser` in component and content-script tests: the
 * i18n API answers from the real English `_locales` file (so a missing key
 * shows up as the key itself, as in the browser), and the runtime records
 * message listeners so tests can call them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, { message: string }>;

const EN = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../public/_locales/en/messages.json'), 'utf8'),
) as Messages;

/** Chrome's rule: `$1`…`$9` take the substitutions, `$$` is a dollar sign. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = EN[key];
  if (!entry) return '';
  const values = [substitutions ?? []].flat();
  return entry.message.replace(/\$(\d|\$)/g, (_, which: string) =>
    which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
  );
}

type Listener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (answer: unknown) => void,
) => unknown;

/** Listeners registered through `browser.runtime.onMessage`, in order. */
export const messageListeners: Listener[] = [];

/** What the mocked module exports. */
export const browser = {
  i18n: { getMessage, getUILanguage: () => 'en-US' },
  runtime: {
    id: 'reelcard-test-id',
    sendMessage: async () => undefined,
    onMessage: {
      addListener: (listener: Listener) => messageListeners.push(listener),
      removeListener: (listener: Listener) => {
        const index = messageListeners.indexOf(listener);
        if (index >= 0) messageListeners.splice(index, 1);
      },
    },
  },
};
