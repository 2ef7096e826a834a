/**
 * Theme handling for the extension's own pages (popup and options): the
 * shared colour tokens go in once, and `data-theme` on <html> follows the
 * user's setting live, falling back to the system through a media query.
 */
import { THEME_CSS, themeAttribute } from '../shared/theme';
import { loadSettings, watchSettings } from '../../utils/settings';
import { reportError } from '../../utils/logger';

/** Adds the colour tokens and keeps the page's theme in step with the settings. */
export function followTheme(signal: AbortSignal): void {
  const style = document.createElement('style');
  style.textContent = THEME_CSS;
  document.head.append(style);

  // Until the settings load, follow the system rather than flash a fixed theme.
  const root = document.documentElement;
  root.dataset.theme = 'system';

  loadSettings().then(
    (settings) => (root.dataset.theme = themeAttribute(settings.theme)),
    (error: unknown) => reportError('Loading the theme', error),
  );
  watchSettings((settings) => (root.dataset.theme = themeAttribute(settings.theme)), signal);
}
