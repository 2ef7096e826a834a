/**
 * The stylesheets reach the shadow roots as strings: theme tokens for both
 * themes and "follow the system", the card's and the badge's own rules, and
 * the host reset that keeps the page's CSS out.
 */
import { describe, expect, it } from 'vitest';
import { BADGE_CSS } from '../../../components/badge/badge-css';
import { CARD_CSS } from '../../../components/card/card-css';
import { hostRule } from '../../../components/shared/shadow';

describe('stylesheets', () => {
  it('give the card its tokens and rules', () => {
    expect(CARD_CSS).toMatch(/\[data-theme=["']?dark["']?\]/);
    expect(CARD_CSS).toMatch(/prefers-color-scheme:\s*dark/);
    expect(CARD_CSS).toMatch(/prefers-reduced-motion/);
    expect(CARD_CSS).toContain('.card');
  });

  it('reset the badge host against the page, important in the inner context', () => {
    expect(BADGE_CSS).toMatch(
      /^:host \{ all: initial !important; display: inline-block !important;/,
    );
    expect(BADGE_CSS).toContain('.pill');
  });

  it('build host rules from declarations', () => {
    expect(hostRule({ position: 'fixed' })).toBe(
      ':host { all: initial !important; position: fixed !important; }',
    );
  });
});
