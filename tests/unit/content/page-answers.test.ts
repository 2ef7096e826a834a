// @vitest-environment happy-dom
/**
 * The popup's questions: answered only for our own extension, with the
 * page's titles in document order.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerPopup } from '../../../entrypoints/content/page-answers';
import { createRegistry } from '../../../entrypoints/content/registry';
import type { Run } from '../../../entrypoints/content/run';
import { messageListeners } from '../components/helpers/fake-browser';
import { FIGHT_CLUB_SUMMARY } from '../components/fixtures';
import { entryFor } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

const OURS = { id: 'reelcard-test-id' };

function setup() {
  const registry = createRegistry();
  const card = { open: vi.fn() };
  const run = { registry, card } as unknown as Run;
  const controller = new AbortController();
  answerPopup(() => ({ run, site: 'IMDb', enabled: true }), controller.signal);
  const listener = messageListeners.at(-1)!;
  // The listener answers through sendResponse; `ask` returns what it sent, if anything.
  const ask = (message: unknown, sender: { id?: string }) => {
    const sendResponse = vi.fn();
    listener(message, sender, sendResponse);
    return {
      answered: sendResponse.mock.calls.length > 0,
      answer: sendResponse.mock.calls[0]?.[0],
    };
  };
  return { registry, card, controller, listener, ask };
}

afterEach(() => document.body.replaceChildren());

describe('answers to the popup', () => {
  it('ignores other senders and other messages', () => {
    const { ask, controller } = setup();

    expect(ask({ reelcardPage: 'listTitles', request: {} }, { id: 'other-extension' })).toEqual({
      answered: false,
      answer: undefined,
    });
    expect(ask({ reelcard: 'lookup' }, OURS).answered).toBe(false);
    controller.abort();
  });

  it('lists titles in page order with their state', async () => {
    const { ask, registry, controller } = setup();
    const first = entryFor({ title: 'Fight Club', year: 1999 });
    const second = entryFor({ title: 'Heat' });
    first.state = 'matched';
    first.result = { status: 'matched', summary: FIGHT_CLUB_SUMMARY, corrected: false };
    registry.add(second);
    registry.add(first);

    const { answer } = ask({ reelcardPage: 'listTitles', request: {} }, OURS);

    expect(answer).toEqual({
      site: 'IMDb',
      enabled: true,
      titles: [
        {
          key: first.key,
          title: 'Fight Club',
          year: 1999,
          state: 'matched',
          summary: FIGHT_CLUB_SUMMARY,
          errorKind: null,
        },
        {
          key: second.key,
          title: 'Heat',
          year: null,
          state: 'loading',
          summary: null,
          errorKind: null,
        },
      ],
    });
    controller.abort();
  });

  it('reveals a title by opening its card', async () => {
    const { ask, listener, registry, card, controller } = setup();
    const entry = entryFor({ title: 'Heat' });
    entry.element.scrollIntoView = vi.fn();
    registry.add(entry);

    expect(ask({ reelcardPage: 'revealTitle', request: { key: entry.key } }, OURS)).toEqual({
      answered: true,
      answer: null,
    });

    expect(entry.element.scrollIntoView).toHaveBeenCalled();
    expect(card.open).toHaveBeenCalledWith(entry, false);
    controller.abort();
    expect(messageListeners).not.toContain(listener);
  });
});
