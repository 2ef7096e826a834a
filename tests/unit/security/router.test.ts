/**
 * Who may call the background. Pages cannot reach `runtime.onMessage` at
 * all (there is no externally_connectable), but other extensions and
 * content scripts in hostile pages can: the router must answer only our own
 * senders, check every request, and keep key and cache management to our
 * own extension pages.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from '../../../utils/browser';
import type { Handlers } from '../../../utils/background/handlers';
import { createMessageListener } from '../../../utils/background/router';
import type { MessageName } from '../../../utils/messages';
import { MARKUP, longString } from '../../fixtures/hostile/payloads';

// vi.mock is hoisted above the imports, so its values must be hoisted with it.
const { ID, ORIGIN } = vi.hoisted(() => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  return { ID: id, ORIGIN: `chrome-extension://${id}/` };
});

vi.mock('../../../utils/browser', () => ({
  browser: { runtime: { id: ID, getURL: (path: string) => `${ORIGIN}${path}` } },
}));
vi.mock('../../../utils/native-browser', () => ({
  browser: { runtime: { id: ID, getURL: (path: string) => `${ORIGIN}${path}` } },
}));

/** Handlers that only record that they ran. */
function recordingHandlers() {
  const ran: string[] = [];
  const handler = (name: string) => async () => {
    ran.push(name);
    return name === 'keyStatus' ? { kind: 'v3' } : null;
  };
  const names: MessageName[] = [
    'lookup',
    'details',
    'search',
    'correct',
    'saveKey',
    'removeKey',
    'keyStatus',
    'cacheStats',
    'clearCache',
  ];
  const handlers = Object.fromEntries(names.map((name) => [name, handler(name)]));
  return { ran, handlers: handlers as unknown as Handlers };
}

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const optionsPage: Runtime.MessageSender = { id: ID, url: `${ORIGIN}options.html` };
// Opened as a tab of its own, the options page has a `tab` just like a content script.
const optionsTab: Runtime.MessageSender = { id: ID, url: `${ORIGIN}options.html`, tab };
const contentScript: Runtime.MessageSender = {
  id: ID,
  url: 'https://www.imdb.com/list/ls-hostile/',
  tab,
};
const otherExtension: Runtime.MessageSender = {
  id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
  url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/page.html',
};
const lookalikePage: Runtime.MessageSender = {
  id: ID,
  url: `https://evil.test/${ORIGIN}options.html`,
};

describe('the background router', () => {
  it('does not answer other extensions or look-alike URLs', () => {
    const { ran, handlers } = recordingHandlers();
    const listen = createMessageListener(handlers);

    expect(listen({ reelcard: 'keyStatus', request: {} }, otherExtension)).toBeUndefined();
    expect(listen({ reelcard: 'keyStatus', request: {} }, lookalikePage)).toBeUndefined();
    expect(ran).toEqual([]);
  });

  it('refuses hostile lookup requests before any handler runs', async () => {
    const { ran, handlers } = recordingHandlers();
    const listen = createMessageListener(handlers);
    const bad = [
      { query: { title: longString(10_000) }, priority: 'card' },
      { query: { title: MARKUP.img, imdbId: MARKUP.javascriptUrl }, priority: 'card' },
      { query: { title: 'x', tmdbId: -1, type: 'movie' }, priority: 'card' },
      { query: { title: 'x' }, priority: 'now!' },
      { query: [MARKUP.script], priority: 'card' },
    ];

    for (const request of bad) {
      const reply = await listen({ reelcard: 'lookup', request }, contentScript);
      expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    expect(ran).toEqual([]);
  });

  it('refuses unknown and inherited message names', async () => {
    const { ran, handlers } = recordingHandlers();
    const listen = createMessageListener(handlers);

    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'eval']) {
      const reply = await listen({ reelcard: name, request: {} }, contentScript);
      expect(reply).toMatchObject({ ok: false });
    }
    expect(ran).toEqual([]);
  });

  it('answers the options page for key and cache management', async () => {
    const { ran, handlers } = recordingHandlers();
    const listen = createMessageListener(handlers);

    await listen({ reelcard: 'keyStatus', request: {} }, optionsPage);
    await listen({ reelcard: 'clearCache', request: {} }, optionsPage);
    await listen({ reelcard: 'removeKey', request: {} }, optionsTab);
    expect(ran).toEqual(['keyStatus', 'clearCache', 'removeKey']);
  });

  // Content scripts live inside pages we do not trust; a compromised page process could send
  // anything a content script can. They never need to change the key or the cache.
  it.each(['saveKey', 'removeKey', 'clearCache'] as const)(
    'refuses %s from a content script',
    async (name) => {
      const { ran, handlers } = recordingHandlers();
      const listen = createMessageListener(handlers);
      const request = name === 'saveKey' ? { key: 'f'.repeat(32) } : {};

      const reply = await listen({ reelcard: name, request }, contentScript);

      expect(reply?.ok ?? false).toBe(false);
      expect(ran).toEqual([]);
    },
  );
});
