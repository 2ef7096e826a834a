/**
 * Creates the `<reelcard-badge>` host for one title: a plain element (content
 * scripts cannot define custom elements) with a closed shadow root that
 * Preact renders into.
 *
 * Hosts are cheap until they are drawn. A page can have thousands of titles,
 * most of them far from the viewport, so a new host carries only its data
 * attributes (the public contract); the shadow root, the drawing and the
 * button semantics come with `mount()`, once the title comes near.
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
  /** Whether the badge is drawn (mounted) or still a bare host. */
  readonly mounted: boolean;
  /** Rewrites the attributes, and redraws when mounted. */
  update(model: BadgeModel): void;
  /** Draws the badge: shadow root, pill and button semantics. Later calls do nothing. */
  mount(): void;
  /** Unmounts Preact and removes the host from the page. */
  destroy(): void;
}

/** Builds a bare badge host in `document`; the caller inserts `host` where the adapter says. */
export function createBadgeView(document: Document, model: BadgeModel): BadgeView {
  const host = document.createElement(BADGE_TAG);
  let container: HTMLElement | null = null;
  let current = model;

  const draw = () => {
    if (!container) return;
    applyButtonSemantics(host, current);
    render(<Badge model={current} />, container);
  };

  const update = (next: BadgeModel) => {
    current = next;
    applyDataAttributes(host, next);
    draw();
  };
  applyDataAttributes(host, model);
  // No box until drawn: a thousand empty inline boxes still cost layout and paint on every frame.
  host.hidden = true;

  return {
    host,
    get mounted() {
      return container !== null;
    },
    update,
    mount() {
      container ??= attachStyledShadow(host, BADGE_CSS);
      host.hidden = false;
      draw();
    },
    destroy: () => {
      if (container) render(null, container);
      host.remove();
    },
  };
}

/** Data attributes plus, unless the badge is invisible, the button semantics. */
export function applyHostAttributes(host: HTMLElement, model: BadgeModel): void {
  applyDataAttributes(host, model);
  applyButtonSemantics(host, model);
}

/** The public `data-*` attributes; unchanged values are not written again (no mutations). */
function applyDataAttributes(host: HTMLElement, model: BadgeModel): void {
  for (const [name, value] of Object.entries(badgeAttributes(model))) {
    if (value === null) host.removeAttribute(name);
    else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
  }
}

/** Role, tab stop and label; an invisible badge gets none (the title element opens the card). */
function applyButtonSemantics(host: HTMLElement, model: BadgeModel): void {
  if (model.style === 'none') {
    for (const name of ['role', 'tabindex', 'aria-label']) host.removeAttribute(name);
    return;
  }
  setIfChanged(host, 'role', 'button');
  setIfChanged(host, 'tabindex', '0');
  setIfChanged(host, 'aria-label', badgeLabel(model));
}

function setIfChanged(host: HTMLElement, name: string, value: string): void {
  if (host.getAttribute(name) !== value) host.setAttribute(name, value);
}
