/**
 * Creates the `<reelcard-badge>` host for one title: a plain element (content
 * scripts cannot define custom elements) with a closed shadow root that
 * Preact renders into.
 */
import { render } from 'preact';
import { Badge } from './Badge';
import { BADGE_CSS } from './badge-css';
import { badgeAttributes, badgeLabel, type BadgeModel } from './badge-model';
import { attachStyledShadow } from '../shared/shadow';

export const BADGE_TAG = 'reelcard-badge';

export interface BadgeView {
  /** The element inserted into the page; listeners and placement use it. */
  host: HTMLElement;
  /** Redraws the badge and rewrites its attributes. */
  update(model: BadgeModel): void;
  /** Unmounts Preact and removes the host from the page. */
  destroy(): void;
}

/** Builds a badge host in `document`; the caller inserts `host` where the adapter says. */
export function createBadgeView(document: Document, model: BadgeModel): BadgeView {
  const host = document.createElement(BADGE_TAG);
  const container = attachStyledShadow(host, BADGE_CSS);

  const update = (next: BadgeModel) => {
    applyHostAttributes(host, next);
    render(<Badge model={next} />, container);
  };
  update(model);

  return {
    host,
    update,
    destroy: () => {
      render(null, container);
      host.remove();
    },
  };
}

/** Data attributes plus, unless the badge is invisible, the button semantics. */
export function applyHostAttributes(host: HTMLElement, model: BadgeModel): void {
  for (const [name, value] of Object.entries(badgeAttributes(model))) {
    if (value === null) host.removeAttribute(name);
    else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }

  // An invisible badge must not be a tab stop: the title element opens the card instead.
  if (model.style === 'none') {
    for (const name of ['role', 'tabindex', 'aria-label']) host.removeAttribute(name);
    return;
  }
  host.setAttribute('role', 'button');
  host.setAttribute('tabindex', '0');
  host.setAttribute('aria-label', badgeLabel(model));
}
