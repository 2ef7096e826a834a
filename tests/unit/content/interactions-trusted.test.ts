// @vitest-environment happy-dom
/**
 * The badge's own gestures, with events treated as the user's: hover over
 * the badge and its title as one area, click toggles, Enter and Space open
 * the card with focus inside it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from '../../../entrypoints/content/card-controller';
import { bindEntry } from '../../../entrypoints/content/interactions';
import { entryFor } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../components/shared/trusted', () => ({ isTrusted: () => true }));

function setup() {
  const card = {
    hoverStart: vi.fn(),
    hoverEnd: vi.fn(),
    open: vi.fn(),
    toggle: vi.fn(),
    refresh: vi.fn(),
    close: vi.fn(),
    isOpenFor: vi.fn(() => false),
  } satisfies CardController;
  const entry = entryFor({ title: 'Heat' });
  bindEntry(entry, card);
  return { card, entry };
}

afterEach(() => document.body.replaceChildren());

describe('badge gestures', () => {
  it('treats the title and its badge as one hover area', () => {
    const { card, entry } = setup();
    const { host } = entry.view;

    entry.element.dispatchEvent(new MouseEvent('mouseenter'));
    host.dispatchEvent(new MouseEvent('mouseenter'));
    host.dispatchEvent(new MouseEvent('mouseleave'));
    expect(card.hoverStart).toHaveBeenCalledTimes(1);
    expect(card.hoverEnd).not.toHaveBeenCalled();

    entry.element.dispatchEvent(new MouseEvent('mouseleave'));
    expect(card.hoverEnd).toHaveBeenCalledTimes(1);
  });

  it('toggles the card on click', () => {
    const { card, entry } = setup();
    entry.view.host.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

    expect(card.toggle).toHaveBeenCalledWith(entry);
  });

  it.each(['Enter', ' '])('opens the card with focus inside on %j', (key) => {
    const { card, entry } = setup();
    const press = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    entry.view.host.dispatchEvent(press);

    expect(card.open).toHaveBeenCalledWith(entry, true);
    expect(press.defaultPrevented).toBe(true);
  });
});
