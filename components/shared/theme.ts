/**
 * Colour and spacing tokens shared by the badge and the card. They live on
 * the root element of each shadow tree as custom properties, keyed by a
 * `data-theme` attribute, so one stylesheet serves light, dark and "follow
 * the system".
 */
import type { Theme } from '../../utils/settings';

const LIGHT = `
  --rc-bg: #ffffff;
  --rc-fg: #14181c;
  --rc-muted: #5b6570;
  --rc-border: #d5dbe1;
  --rc-surface: #f2f4f7;
  --rc-accent: #01b4e4;
  --rc-link: #0a62a8;
  --rc-low: #c62828;
  --rc-mid: #b26a00;
  --rc-high: #1b7f3b;
  --rc-focus: #1565c0;
  --rc-shadow: 0 0.5em 1.5em rgba(0, 0, 0, 0.25);
`;

const DARK = `
  --rc-bg: #1c2228;
  --rc-fg: #eef1f4;
  --rc-muted: #a6b0ba;
  --rc-border: #3a444f;
  --rc-surface: #262e36;
  --rc-accent: #01b4e4;
  --rc-link: #7cc4ff;
  --rc-low: #ff7369;
  --rc-mid: #ffb74d;
  --rc-high: #5ed17f;
  --rc-focus: #90caf9;
  --rc-shadow: 0 0.5em 1.5em rgba(0, 0, 0, 0.6);
`;

/** Custom properties for every theme; include once per shadow tree or page. */
export const THEME_CSS = `
  [data-theme='light'], [data-theme='system'] { ${LIGHT} }
  [data-theme='dark'] { ${DARK} }
  @media (prefers-color-scheme: dark) {
    [data-theme='system'] { ${DARK} }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;

/** The `data-theme` value for a setting; unknown values follow the system. */
export function themeAttribute(theme: Theme | undefined): Theme {
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}
