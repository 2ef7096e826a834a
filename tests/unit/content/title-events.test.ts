// @vitest-environment happy-dom
/**
 * The delegated gestures, with events treated as the user's: hover over the
 * badge and its title as one area, focus, click toggles, Enter and Space open
 * the card with focus inside it, and badge clicks never reach the site.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegistry } from '../../../entrypoints/content/registry';
import { bindTitleEvents } from '../../../entrypoints/content/title-events';
import { entryFor, fakeCard } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../components/shared/trusted', () => ({ isTrusted: () => true }));

const controllers: AbortController[] = [];

function setup() {
  const card = fakeCard();
  const registry = createRegistry();
  const entry = entryFor({ title: 'Heat' });
  registry.add(entry);
  const controller = new AbortController();
  controllers.push(controller);
  bindTitleEvents(document, registry, card, controller.signal);
  return { card, entry, controller };
}

/** The pointer moving from `from` onto `to`: mouseout on the one, mouseover on the other. */
function move(from: Element | null, to: Element | null) {
  from?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: to }));
  to?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: from }));
}

afterEach(() => {
  controllers.splice(0).forEach((controller) => controller.abort());
  document.body.replaceChildren();
});

describe('title gestures', () => {
  it('treats the title and its badge as one hover area', () => {
    const { card, entry } = setup();
    const { host } = entry.view;

    move(document.body, entry.element);
    move(entry.element, host);
    move(host, entry.element);
    expect(card.hoverStart).toHaveBeenCalledTimes(1);
    expect(card.hoverEnd).not.toHaveBeenCalled();

    move(entry.element, document.body);
    expect(card.hoverEnd).toHaveBeenCalledWith(entry);
  });

  it('opens on focus of the badge and lets go on blur', () => {
    const { card, entry } = setup();
    entry.view.host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    entry.view.host.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));

    expect(card.hoverStart).toHaveBeenCalledWith(entry);
    expect(card.hoverEnd).toHaveBeenCalledWith(entry);
  });

  it('toggles the card on click and keeps the click from the site', () => {
    const { card, entry } = setup();
    const siteHandler = vi.fn();
    entry.element.addEventListener('click', siteHandler);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    entry.view.host.dispatchEvent(click);

    expect(card.toggle).toHaveBeenCalledWith(entry);
    expect(click.defaultPrevented).toBe(true);
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it('leaves clicks on the title itself to the site', () => {
    const { card, entry } = setup();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    entry.element.dispatchEvent(click);

    expect(card.toggle).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(false);
  });

  it.each(['Enter', ' '])('opens the card with focus inside on %j', (key) => {
    const { card, entry } = setup();
    const press = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    entry.view.host.dispatchEvent(press);

    expect(card.open).toHaveBeenCalledWith(entry, true);
    expect(press.defaultPrevented).toBe(true);
  });

  it('stops listening when the run ends', () => {
    const { card, entry, controller } = setup();
    controller.abort();
    entry.view.host.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

    expect(card.toggle).not.toHaveBeenCalled();
  });
});
