/** The background's answer to each message of `Protocol`, one named handler per message. */
import type { Runtime } from '../browser';
import type { MessageName, RequestOf, ResponseOf } from '../messages';
import { ReelcardError } from '../messages';
import { checkAuthentication } from '../tmdb/api';
import { keyKind } from '../tmdb/http';
import { removeCorrection, saveCorrection } from './corrections';
import { forgetKey, readKey, storeKey } from './key-store';
import { lookupAndRemember, recallTitle, type Matcher } from './lookup';
import { getDetails, recallDetails, searchText } from './titles';
import type { TmdbService } from './tmdb-service';

/** Answers one message; throwing a `ReelcardError` sends its kind to the caller. */
export type Handler<N extends MessageName> = (
  request: RequestOf<N>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<N>>;

/** One handler per message of `Protocol`: a message without a handler does not compile. */
export type Handlers = { [N in MessageName]: Handler<N> };

/**
 * Checks a key or read token against /3/authentication and stores it only
 * when TMDB accepts it, so a typo never replaces a working key.
 */
async function saveKey(service: TmdbService, rawKey: string): Promise<ResponseOf<'saveKey'>> {
  const key = rawKey.trim();
  const kind = keyKind(key);
  if (!kind) {
    const hint = 'a v3 API key (32 hexadecimal characters) or a v4 read access token';
    throw new ReelcardError('invalid-key', `That does not look like ${hint}.`);
  }

  await checkAuthentication(service.getterWithKey(key, { priority: 'card' }));
  service.keyAccepted(key);
  await storeKey(key);
  return { kind };
}

/** The handlers, bound to the worker's TMDB service and the title matcher. */
export function createHandlers(service: TmdbService, matcher: Matcher): Handlers {
  return {
    lookup: ({ query, priority }, sender) =>
      lookupAndRemember(service, matcher, query, { priority, tabId: sender.tab?.id }),
    recall: ({ queries }) =>
      Promise.all(queries.map((query) => recallTitle(service, matcher, query))),
    details: ({ ref, priority }, sender) =>
      getDetails(service, ref, { priority, tabId: sender.tab?.id }),
    recallDetails: ({ ref }) => recallDetails(service, ref),
    search: ({ text, page }) => searchText(service, text, page ?? 1),
    correct: async ({ query, ref }) => {
      await saveCorrection(matcher.correctionKey(query), ref);
      return null;
    },
    forgetCorrection: async ({ query }) => {
      await removeCorrection(matcher.correctionKey(query));
      return null;
    },
    saveKey: ({ key }) => saveKey(service, key),
    removeKey: async () => {
      await forgetKey();
      return null;
    },
    keyStatus: async () => {
      const key = await readKey();
      return { kind: key === null ? null : keyKind(key) };
    },
    cacheStats: () => service.cache.stats(),
    clearCache: async () => {
      await service.cache.clear();
      return null;
    },
  };
}
