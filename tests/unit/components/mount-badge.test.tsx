// @vitest-environment happy-dom
/**
 * The badge host in the page: one `reelcard-badge` element carrying the
 * data attributes from the start; once mounted, the button semantics unless
 * the style is "none", and its drawing hidden in a closed shadow root.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgeModel } from '../../../components/badge/badge-model';
import { BADGE_TAG, createBadgeView } from '../../../components/badge/mount-badge';
import { FIGHT_CLUB_SUMMARY } from './fixtures';

vi.mock('../../../utils/browser', () => import('./helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./helpers/fake-browser'));

const model: BadgeModel = {
  state: 'matched',
  title: 'Fight Club',
  year: 1999,
  summary: FIGHT_CLUB_SUMMARY,
  errorKind: null,
  style: 'rating',
  theme: 'dark',
};

afterEach(() => document.body.replaceChildren());

describe('the badge host', () => {
  it('starts bare: data attributes only, no box, nothing drawn', () => {
    const view = createBadgeView(document, model);

    expect(view.mounted).toBe(false);
    expect(view.host.hidden).toBe(true);
    expect(view.host.getAttribute('data-state')).toBe('matched');
    expect(view.host.getAttribute('data-title')).toBe('Fight Club');
    expect(view.host.getAttribute('data-year')).toBe('1999');
    expect(view.host.hasAttribute('role')).toBe(false);
  });

  it('is a focusable button with a label and the data attributes once mounted', () => {
    const view = createBadgeView(document, model);
    document.body.append(view.host);
    view.mount();
    view.mount(); // a second mount changes nothing

    expect(view.host.localName).toBe(BADGE_TAG);
    expect(view.host.getAttribute('role')).toBe('button');
    expect(view.host.getAttribute('tabindex')).toBe('0');
    expect(view.host.getAttribute('aria-label')).toMatch(/^TMDB 8\.4 out of 10/);
    expect(view.host.getAttribute('data-tmdb-id')).toBe('550');
    expect(view.host.hidden).toBe(false);
    expect(view.mounted).toBe(true);
  });

  it('keeps its drawing in a closed shadow root, out of the page', () => {
    const view = createBadgeView(document, model);
    document.body.append(view.host);
    view.mount();

    expect(view.host.shadowRoot).toBeNull();
    expect(view.host.childNodes).toHaveLength(0);
  });

  it('updates in place when another title is shown', () => {
    const view = createBadgeView(document, model);
    view.mount();
    view.update({ ...model, state: 'loading', title: 'Se7en', year: null, summary: null });

    expect(view.host.getAttribute('data-state')).toBe('loading');
    expect(view.host.getAttribute('data-title')).toBe('Se7en');
    expect(view.host.hasAttribute('data-year')).toBe(false);
    expect(view.host.hasAttribute('data-tmdb-id')).toBe(false);
  });

  it('keeps the data but no tab stop in the "none" style', () => {
    const view = createBadgeView(document, { ...model, style: 'none' });
    view.mount();

    expect(view.host.getAttribute('data-state')).toBe('matched');
    expect(view.host.hasAttribute('role')).toBe(false);
    expect(view.host.hasAttribute('tabindex')).toBe(false);
  });

  it('removes itself on destroy', () => {
    const view = createBadgeView(document, model);
    document.body.append(view.host);
    view.destroy();

    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });
});
