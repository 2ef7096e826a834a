/**
 * The only place that answers `sendMessage`: it checks who is asking, checks
 * the request, runs the named handler and sends errors back as data.
 * Anything not from our own extension gets no answer at all.
 */
import { browser, type Runtime } from '../browser';
import { reportError } from '../logger';
import type { Envelope, MessageName, Reply } from '../messages';
import { ReelcardError } from '../messages';
import type { ErrorData } from '../types';
import type { Handlers } from './handlers';
import { VALIDATORS, type Validator } from './validate';

type Validators = { [N in MessageName]: Validator<N> };

/** Our content scripts (they run in a tab) and our own pages (popup, options). */
export function isTrustedSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (sender.tab) return true;
  return isExtensionPage(sender);
}

/** One of our own pages (in a tab or not); a content script's URL is the page it runs in. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/**
 * Messages that change the key or the cache. Content scripts live inside pages we do not
 * trust and never need these, so a compromised page process cannot send them through us.
 */
const EXTENSION_PAGES_ONLY: ReadonlySet<string> = new Set(['saveKey', 'removeKey', 'clearCache']);

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && 'reelcard' in message;
}

function errorData(error: unknown): ErrorData {
  if (error instanceof ReelcardError) return error.toData();
  // Unexpected failures are bugs: log them here, send only a generic message.
  reportError('A background handler', error);
  return { kind: 'internal', message: 'Something went wrong in Reelcard' };
}

const failure = (kind: ErrorData['kind'], message: string): Reply<never> => ({
  ok: false,
  error: { kind, message },
});

async function dispatch(
  handlers: Handlers,
  validators: Validators,
  envelope: Envelope,
  sender: Runtime.MessageSender,
): Promise<Reply<unknown>> {
  const name = envelope.reelcard;
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
    return failure('bad-request', `Unknown message ${String(name)}`);
  }
  if (EXTENSION_PAGES_ONLY.has(name) && !isExtensionPage(sender)) {
    return failure('bad-request', `Only Reelcard's own pages may send ${name}`);
  }
  if (!validators[name](envelope.request))
    return failure('bad-request', `Malformed ${name} request`);

  try {
    const handler = handlers[name] as (
      request: unknown,
      sender: Runtime.MessageSender,
    ) => Promise<unknown>;
    return { ok: true, value: await handler(envelope.request ?? {}, sender) };
  } catch (error) {
    return { ok: false, error: errorData(error) };
  }
}

/**
 * A `runtime.onMessage` listener. It returns a promise of the reply for our
 * envelopes from trusted senders, and undefined (no answer) for anything else,
 * which also leaves other listeners free to answer their own messages.
 */
export function createMessageListener(handlers: Handlers, validators: Validators = VALIDATORS) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !isTrustedSender(sender)) return undefined;
    return dispatch(handlers, validators, message, sender);
  };
}
