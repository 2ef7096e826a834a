/**
 * Colour and spacing tokens shared by the badge and the card. They live on
 * the root element of each shadow tree as custom properties, keyed by a
 * `data-theme` attribute, so one stylesheet serves light, dark and "follow
 * the system".
 */
import type { Theme } from '../../utils/settings';
// Vite minifies CSS imported with ?inline in the build, which keeps the content script small.
import themeCss from './theme.css?inline';

/** Custom properties for every theme; include once per shadow tree or page. */
export const THEME_CSS: string = themeCss;

/** The `data-theme` value for a setting; unknown values follow the system. */
export function themeAttribute(theme: Theme | undefined): Theme {
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}
