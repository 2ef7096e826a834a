// @vitest-environment happy-dom
/**
 * A hostile page cannot drive us: events it dispatches at a badge or a title
 * (untrusted, as happy-dom makes every scripted event) open no card and ask
 * nothing, yet a click on the badge still never follows the site's link.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from '../../../entrypoints/content/card-controller';
import { bindEntry } from '../../../entrypoints/content/interactions';
import { entryFor } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));

function fakeCard() {
  return {
    hoverStart: vi.fn(),
    hoverEnd: vi.fn(),
    open: vi.fn(),
    toggle: vi.fn(),
    refresh: vi.fn(),
    close: vi.fn(),
    isOpenFor: vi.fn(() => false),
  } satisfies CardController;
}

afterEach(() => document.body.replaceChildren());

describe('untrusted events', () => {
  it('open nothing', () => {
    const card = fakeCard();
    const entry = entryFor({ title: 'Heat' });
    bindEntry(entry, card);

    for (const type of ['mouseenter', 'focus', 'click']) {
      entry.view.host.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      entry.element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }
    entry.view.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));

    expect(card.hoverStart).not.toHaveBeenCalled();
    expect(card.open).not.toHaveBeenCalled();
    expect(card.toggle).not.toHaveBeenCalled();
  });

  it('still keep a badge click from reaching the site', () => {
    const card = fakeCard();
    const entry = entryFor({ title: 'Heat' });
    entry.element.setAttribute('href', '#followed');
    const siteHandler = vi.fn();
    entry.element.addEventListener('click', siteHandler);
    bindEntry(entry, card);

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    entry.view.host.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it('stop when the entry is gone', () => {
    const card = fakeCard();
    const entry = entryFor({ title: 'Heat' });
    const siteHandler = vi.fn();
    entry.element.addEventListener('click', siteHandler);
    bindEntry(entry, card);
    entry.controller.abort();

    entry.view.host.dispatchEvent(new MouseEvent('click', { bubbles: true }));

    expect(siteHandler).toHaveBeenCalled();
  });
});
