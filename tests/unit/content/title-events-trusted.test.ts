// @vitest-environment happy-dom
/**
 * A hostile page cannot drive us: events it dispatches at a badge or a title
 * (untrusted, as happy-dom makes every scripted event) open no card and ask
 * nothing, yet a click on the badge still never follows the site's link.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegistry } from '../../../entrypoints/content/registry';
import { bindTitleEvents } from '../../../entrypoints/content/title-events';
import { entryFor, fakeCard } from './helpers';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

const controller = new AbortController();

function setup() {
  const card = fakeCard();
  const registry = createRegistry();
  const entry = entryFor({ title: 'Heat' });
  registry.add(entry);
  bindTitleEvents(document, registry, card, controller.signal);
  return { card, entry };
}

afterEach(() => document.body.replaceChildren());

describe('untrusted events', () => {
  it('open nothing', () => {
    const { card, entry } = setup();
    for (const type of ['mouseover', 'mouseout', 'focusin', 'click']) {
      entry.view.host.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      entry.element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }
    entry.view.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));

    expect(card.hoverStart).not.toHaveBeenCalled();
    expect(card.open).not.toHaveBeenCalled();
    expect(card.toggle).not.toHaveBeenCalled();
    controller.abort();
  });
});

describe('an untrusted click on a badge', () => {
  it('still never reaches the site', () => {
    const local = new AbortController();
    const card = { ...setup().card };
    const entry = entryFor({ title: 'Se7en' });
    const registry = createRegistry();
    registry.add(entry);
    bindTitleEvents(document, registry, card, local.signal);
    entry.element.setAttribute('href', '#followed');
    const siteHandler = vi.fn();
    entry.element.addEventListener('click', siteHandler);

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    entry.view.host.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(siteHandler).not.toHaveBeenCalled();
    expect(card.toggle).not.toHaveBeenCalled();
    local.abort();
  });
});
