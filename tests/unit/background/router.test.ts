vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findCorrection } from '../../../utils/background/corrections';
import { createHandlers } from '../../../utils/background/handlers';
import { API_KEY_STORAGE, readKey } from '../../../utils/background/key-store';
import { createMessageListener } from '../../../utils/background/router';
import type { Runtime } from '../../../utils/browser';
import { log } from '../../../utils/logger';
import { ReelcardError } from '../../../utils/messages';
import { browser, EXTENSION_ID, EXTENSION_ORIGIN } from './fake-browser';
import { V3_KEY, V4_TOKEN, type FakeAnswer } from './fake-tmdb';
import { fixtureRoute, makeService, resetWorld, simpleMatcher } from './service-helpers';

const contentScript: Runtime.MessageSender = {
  id: EXTENSION_ID,
  tab: { id: 3 } as Runtime.MessageSender['tab'],
  url: 'https://www.netflix.com/browse',
};
const popup: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html` };

function setup(route: (url: URL) => FakeAnswer = fixtureRoute) {
  const { service, calls } = makeService(route);
  const handlers = createHandlers(service, simpleMatcher);
  const listen = createMessageListener(handlers);
  const send = (name: string, request: unknown, sender = popup) =>
    listen({ reelcard: name, request }, sender);
  return { service, calls, handlers, listen, send };
}

beforeEach(() => resetWorld());

describe('sender checks', () => {
  it('answers our content scripts and our own pages', async () => {
    const { send } = setup();
    expect(await send('keyStatus', {}, contentScript)).toEqual({ ok: true, value: { kind: 'v3' } });
    expect(await send('keyStatus', {}, popup)).toEqual({ ok: true, value: { kind: 'v3' } });
  });

  it('gives no answer to other extensions, web pages and foreign messages', () => {
    const { send, listen } = setup();
    expect(send('keyStatus', {}, { ...contentScript, id: 'another-extension' })).toBeUndefined();
    expect(
      send('keyStatus', {}, { id: EXTENSION_ID, url: 'https://evil.example/' }),
    ).toBeUndefined();
    expect(send('keyStatus', {}, { id: EXTENSION_ID })).toBeUndefined();
    expect(listen({ type: 'page-message' }, contentScript)).toBeUndefined();
    expect(listen('hello', contentScript)).toBeUndefined();
  });
});

describe('request validation', () => {
  it('rejects unknown names and malformed requests as bad-request', async () => {
    const { send, calls } = setup();
    const bad = { ok: false, error: { kind: 'bad-request' } };

    expect(await send('deleteEverything', {})).toMatchObject(bad);
    expect(await send('toString', {})).toMatchObject(bad);
    expect(await send('lookup', { query: { title: '' }, priority: 'visible' })).toMatchObject(bad);
    expect(await send('lookup', { query: { title: 'X' }, priority: 'urgent' })).toMatchObject(bad);
    expect(
      await send('lookup', { query: { title: 'X', imdbId: '../x' }, priority: 'card' }),
    ).toMatchObject(bad);
    expect(
      await send('details', { ref: { type: 'person', id: 1 }, priority: 'card' }),
    ).toMatchObject(bad);
    expect(
      await send('details', { ref: { type: 'movie', id: -1 }, priority: 'card' }),
    ).toMatchObject(bad);
    expect(await send('search', { text: 'x', page: 0 })).toMatchObject(bad);
    expect(await send('saveKey', { key: 42 })).toMatchObject(bad);
    expect(await send('cacheStats', 'nope')).toMatchObject(bad);
    expect(calls).toHaveLength(0);
  });

  it('sends errors back as data', async () => {
    const { service } = setup();
    const handlers = createHandlers(service, simpleMatcher);
    handlers.cacheStats = async () => {
      throw new ReelcardError('server', 'TMDB is down');
    };
    handlers.clearCache = async () => {
      throw new Error('a bug with private details');
    };
    const custom = createMessageListener(handlers);

    expect(await custom({ reelcard: 'cacheStats', request: {} }, popup)).toEqual({
      ok: false,
      error: { kind: 'server', message: 'TMDB is down' },
    });
    expect(await custom({ reelcard: 'clearCache', request: {} }, popup)).toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    });
  });
});

describe('handlers', () => {
  it('answers lookup and details for a content script', async () => {
    const { send, calls } = setup();
    const query = { title: 'Riddick', type: 'movie', tmdbId: 87421 };
    const found = await send('lookup', { query, priority: 'visible' }, contentScript);
    expect(found).toMatchObject({ ok: true, value: { status: 'matched', summary: { id: 87421 } } });

    const details = await send('details', { ref: { type: 'movie', id: 87421 }, priority: 'card' });
    expect(details).toMatchObject({
      ok: true,
      value: { certification: 'R', makers: ['David Twohy'] },
    });
    expect(calls).toHaveLength(1);
  });

  it('searches movies and series without people', async () => {
    const { send, calls } = setup();
    const reply = await send('search', { text: '  game of thrones ' });
    expect(reply).toMatchObject({ ok: true });
    expect(calls[0]!.url.pathname).toBe('/3/search/multi');
    expect(calls[0]!.url.searchParams.get('query')).toBe('game of thrones');
  });

  it('stores a key only after TMDB accepts it, trimmed, and never returns it', async () => {
    const { send, calls } = setup();
    expect(await send('saveKey', { key: `  ${V4_TOKEN}  ` })).toEqual({
      ok: true,
      value: { kind: 'v4' },
    });
    expect(calls[0]!.url.pathname).toBe('/3/authentication');
    expect(calls[0]!.headers.get('Authorization')).toBe(`Bearer ${V4_TOKEN}`);
    expect(await readKey()).toBe(V4_TOKEN);

    const status = await send('keyStatus', {});
    expect(JSON.stringify(status)).not.toContain(V4_TOKEN);
    expect(status).toEqual({ ok: true, value: { kind: 'v4' } });
  });

  it('keeps the old key when TMDB refuses the new one', async () => {
    const { send } = setup(() => ({ status: 401, body: { status_code: 7 } }));
    const reply = await send('saveKey', { key: 'ffffffffffffffffffffffffffffffff' });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid-key' } });
    expect(await readKey()).toBe(V3_KEY);

    expect(await send('saveKey', { key: 'hello' })).toMatchObject({
      error: { kind: 'invalid-key' },
    });
  });

  it('removes the key', async () => {
    const { send } = setup();
    expect(await send('removeKey', {})).toEqual({ ok: true, value: null });
    expect(await browser.storage.local.get(API_KEY_STORAGE)).toEqual({});
    expect(await send('keyStatus', {})).toEqual({ ok: true, value: { kind: null } });
  });

  it('records corrections, including "not a title", and forgets them', async () => {
    const { send } = setup();
    const query = { title: 'Breaking Bad' };
    await send('correct', { query, ref: { type: 'tv', id: 1396 } }, contentScript);
    expect(await findCorrection(simpleMatcher.correctionKey(query))).toEqual({
      type: 'tv',
      id: 1396,
    });

    await send('correct', { query, ref: null }, contentScript);
    expect(await findCorrection(simpleMatcher.correctionKey(query))).toBeNull();

    expect(await send('forgetCorrection', { query }, contentScript)).toEqual({
      ok: true,
      value: null,
    });
    expect(await findCorrection(simpleMatcher.correctionKey(query))).toBeUndefined();
    expect(await send('forgetCorrection', { query: { year: 2008 } }, contentScript)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
  });

  it('reports and clears the cache', async () => {
    const { send } = setup();
    await send(
      'lookup',
      { query: { title: 'Game of Thrones' }, priority: 'visible' },
      contentScript,
    );
    const stats = await send('cacheStats', {});
    expect(stats).toMatchObject({ ok: true, value: { entries: 1, misses: 1 } });

    expect(await send('clearCache', {})).toEqual({ ok: true, value: null });
    expect(await send('cacheStats', {})).toMatchObject({ value: { entries: 0 } });
  });

  it('applies a language change to the next request', async () => {
    const { service, send, calls } = setup();
    service.settings.watch(new AbortController().signal);
    await send('search', { text: 'dune' });

    await browser.storage.local.set({ settings: { version: 1, language: 'de-DE', region: 'DE' } });
    await send('search', { text: 'dune' });
    expect(calls.map((call) => call.url.searchParams.get('language'))).toEqual(['en-US', 'de-DE']);
  });

  it('turns logging on and off with the settings', async () => {
    const { service } = setup();
    service.settings.watch(new AbortController().signal);
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);

    await browser.storage.local.set({ settings: { version: 1, logging: true } });
    log.info('on');
    await browser.storage.local.set({ settings: { version: 1, logging: false } });
    log.info('off');
    expect(info.mock.calls.map((call) => call[1])).toEqual(['on']);
    info.mockRestore();
  });
});
