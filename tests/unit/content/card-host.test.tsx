// @vitest-environment happy-dom
/**
 * The card host lives as long as the page: one element, drawn hidden and
 * off-screen ahead of time, put in place transparent and letting the pointer
 * through (staged), shown by making it opaque, given the pointer back after
 * the frame that shows it, and only hidden again on close.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('stages a card drawn ahead at its place, transparent and letting the pointer through', () => {
    const { host, anchor } = setup();
    host.stage(anchor);
    expect(host.element).toBeNull(); // nothing drawn, nothing staged

    host.prepare(readyProps, 'a', anchor);
    host.stage(anchor);
    const element = host.element;
    expect(parseInt(variable(element, '--rc-left'), 10)).toBeGreaterThanOrEqual(0);
    expect(variable(element, '--rc-opacity')).toBe('0');
    expect(variable(element, '--rc-pointer-events')).toBe('none');
    expect(element?.getAttribute('aria-hidden')).toBe('true');
    expect(element?.hasAttribute('data-state')).toBe(false);
  });

  describe('with frames and timers under test control', () => {
    beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] }));
    afterEach(() => vi.useRealTimers());

    it('shows a staged card by making it opaque, and gives it the pointer after a frame', async () => {
      const { host, anchor } = setup();
      host.prepare(readyProps, 'a', anchor);
      host.stage(anchor);
      const left = variable(host.element, '--rc-left');

      host.show(readyProps, 'a', anchor);
      expect(variable(host.element, '--rc-opacity')).toBe('1');
      expect(variable(host.element, '--rc-left')).toBe(left);
      expect(host.element?.hasAttribute('aria-hidden')).toBe(false);
      // Changing it in the frame that shows the card would repaint the page in that frame.
      expect(variable(host.element, '--rc-pointer-events')).toBe('none');

      await vi.advanceTimersByTimeAsync(50);
      expect(variable(host.element, '--rc-pointer-events')).toBe('auto');
    });

    it('gives the pointer back when a staged card is hidden before it opens', () => {
      const { host, anchor } = setup();
      host.prepare(readyProps, 'a', anchor);
      host.stage(anchor);
      host.hide();

      expect(variable(host.element, '--rc-pointer-events')).toBe('auto');
      expect(parseInt(variable(host.element, '--rc-left'), 10)).toBeLessThan(-10_000);
    });

    it('keeps a card staged again out of the way when an earlier hand-back comes late', async () => {
      const { host, anchor } = setup();
      host.prepare(readyProps, 'a', anchor);
      host.stage(anchor);
      host.show(readyProps, 'a', anchor);
      // Closed, and the next title's card staged, within the frame.
      host.hide();
      host.prepare(readyProps, 'b', anchor);
      host.stage(anchor);

      await vi.advanceTimersByTimeAsync(50);
      expect(variable(host.element, '--rc-pointer-events')).toBe('none');
      expect(variable(host.element, '--rc-opacity')).toBe('0');
    });
  });

  it('does not stage a card that is shown', () => {
    const { host, anchor } = setup();
    host.show(readyProps, 'a', anchor);
    host.stage(anchor);

    expect(variable(host.element, '--rc-opacity')).toBe('1');
    expect(variable(host.element, '--rc-pointer-events')).not.toBe('none');
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
