// @vitest-environment happy-dom
/**
 * The card host lives as long as the page: one element, drawn hidden and
 * off-screen ahead of time, shown by moving it and making it visible, and
 * only hidden again on close.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, createCardHost } from '../../../entrypoints/content/card-host';
import type { CardProps } from '../../../components/card/Card';
import { FIGHT_CLUB, FIGHT_CLUB_SUMMARY } from '../components/fixtures';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

const summaryProps: CardProps = { details: null, summary: FIGHT_CLUB_SUMMARY, state: 'loading' };
const readyProps: CardProps = { details: FIGHT_CLUB, summary: FIGHT_CLUB_SUMMARY, state: 'ready' };

function setup() {
  const controller = new AbortController();
  const anchorGone = vi.fn();
  const host = createCardHost(document, anchorGone, controller.signal);
  const anchor = document.createElement('span');
  document.body.append(anchor);
  return { host, anchor, controller, anchorGone };
}

const hosts = () => document.querySelectorAll(CARD_TAG);
const variable = (element: HTMLElement | null, name: string) =>
  element?.style.getPropertyValue(name) ?? '';

afterEach(() => {
  document.body.replaceChildren();
  for (const host of hosts()) host.remove();
});

describe('card host', () => {
  it('draws ahead of time off-screen, hidden from assistive technology, without a state', () => {
    const { host, anchor } = setup();

    host.prepare(summaryProps, 'a', anchor);

    expect(hosts()).toHaveLength(1);
    expect(host.element?.hasAttribute('data-state')).toBe(false);
    expect(host.element?.getAttribute('aria-hidden')).toBe('true');
    // Painted already, so that showing it is only a move.
    expect(variable(host.element, '--rc-visibility')).toBe('visible');
    expect(parseInt(variable(host.element, '--rc-left'), 10)).toBeLessThan(-10_000);

    host.show(summaryProps, 'a', anchor);
    expect(host.element?.hasAttribute('aria-hidden')).toBe(false);
    expect(parseInt(variable(host.element, '--rc-left'), 10)).toBeGreaterThanOrEqual(0);
  });

  it('keeps one host across opens and closes', () => {
    const { host, anchor, controller } = setup();

    host.prepare(summaryProps, 'a', anchor);
    const element = host.element;
    host.show(readyProps, 'a', anchor);
    expect(element?.getAttribute('data-state')).toBe('ready');

    host.hide();
    expect(element?.hasAttribute('data-state')).toBe(false);
    expect(variable(element, '--rc-visibility')).toBe('hidden');

    host.show(summaryProps, 'b', anchor);
    expect(host.element).toBe(element);
    expect(hosts()).toHaveLength(1);

    controller.abort();
    expect(hosts()).toHaveLength(0);
  });

  it('shows at the anchor, and drawing ahead leaves an open card alone', () => {
    const { host, anchor, anchorGone } = setup();
    host.show(readyProps, 'a', anchor);
    expect(variable(host.element, '--rc-visibility')).toBe('visible');

    host.prepare(summaryProps, 'b', anchor);

    expect(host.element?.getAttribute('data-state')).toBe('ready');
    expect(variable(host.element, '--rc-visibility')).toBe('visible');
    expect(parseInt(variable(host.element, '--rc-left'), 10)).toBeGreaterThanOrEqual(0);
    expect(anchorGone).not.toHaveBeenCalled();
  });
});
