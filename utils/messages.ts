/**
 * The typed protocol between the content scripts, the extension pages and the
 * background worker. Each message has a name, a request type and a response
 * type; `sendMessage` is the only way to call the background, and
 * `utils/background/router.ts` is the only place that answers.
 */
import { browser } from './native-browser';
import type {
  ErrorData,
  ErrorKind,
  LookupResult,
  TitleDetails,
  TitleQuery,
  TitleRef,
  TitleSummary,
} from './types';

/** An open card beats visible badges, which beat prefetching. Lower runs first. */
export type Priority = 'card' | 'visible' | 'prefetch';

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

export type KeyKind = 'v3' | 'v4';

export interface Protocol {
  /** Find the TMDB title for what a page shows. Costs at most one TMDB request. */
  lookup: { request: { query: TitleQuery; priority: Priority }; response: LookupResult };
  /**
   * What the cache already knows for titles read while the page is still
   * loading, one answer per query in order: the answer and the full query it
   * answered (for a `pageId`, the query asked for that id last time), or null
   * when unknown. Never asks TMDB. At most `MAX_RECALLS` queries.
   */
  recall: { request: { queries: TitleQuery[] }; response: (Recalled | null)[] };
  /** Everything a card shows, in one request (details with everything appended). */
  details: { request: { ref: TitleRef; priority: Priority }; response: TitleDetails };
  /**
   * The details the worker's cache already holds, so a card can be drawn
   * complete during the hover delay. Never asks TMDB; null when not cached.
   */
  recallDetails: { request: { ref: TitleRef }; response: TitleDetails | null };
  /** Search movies and series (people left out) for the popup and for corrections. */
  search: { request: { text: string; page?: number }; response: TitleSummary[] };
  /** Remember the user's choice for a detected title; `ref: null` means "not a title". */
  correct: { request: { query: TitleQuery; ref: TitleRef | null }; response: null };
  /** Forget the user's choice for a detected title: the automatic match applies again. */
  forgetCorrection: { request: { query: TitleQuery }; response: null };
  /** Check a v3 key or v4 read token against /3/authentication and, when valid, store it. */
  saveKey: { request: { key: string }; response: { kind: KeyKind } };
  removeKey: { request: Record<string, never>; response: null };
  /** Whether a key is stored, and which kind; never the key itself. */
  keyStatus: { request: Record<string, never>; response: { kind: KeyKind | null } };
  cacheStats: { request: Record<string, never>; response: CacheStats };
  clearCache: { request: Record<string, never>; response: null };
}

/** A title answered from the cache alone, with the full query the answer is for. */
export interface Recalled {
  query: TitleQuery;
  result: LookupResult;
}

/** The most queries one `recall` message may carry. */
export const MAX_RECALLS = 64;

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** The envelope on the wire. */
export interface Envelope<N extends MessageName = MessageName> {
  reelcard: N;
  request: RequestOf<N>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** An error that crossed the message boundary, rethrown on the caller's side. */
export class ReelcardError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReelcardError';
    this.kind = kind;
  }

  toData(): ErrorData {
    return { kind: this.kind, message: this.message };
  }
}

export async function sendMessage<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const envelope: Envelope<N> = { reelcard: name, request };
  let reply: Reply<ResponseOf<N>> | undefined;
  let failure: unknown;

  // Two tries: when the browser stops the worker while it holds our message, the message
  // gets no answer (or a rejection), and the next message starts the worker again.
  for (let attempt = 0; attempt < 2 && !reply; attempt += 1) {
    try {
      reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<N>> | undefined;
    } catch (error) {
      // The worker was restarting or the extension was reloaded under us.
      failure = error;
    }
  }

  if (!reply) {
    const message = failure ? 'The extension did not answer' : `No answer to ${name}`;
    throw new ReelcardError('internal', message, { cause: failure });
  }
  if (!reply.ok) throw new ReelcardError(reply.error.kind, reply.error.message);
  return reply.value;
}
