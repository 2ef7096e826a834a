/**
 * The badge's stylesheet, applied inside each badge's shadow root. Sizes are
 * in em so the pill follows the page's text size and browser zoom.
 */
import { hostRule } from '../shared/shadow';
import { THEME_CSS } from '../shared/theme';
// Vite minifies CSS imported with ?inline in the build, which keeps the content script small.
import badgeCss from './badge.css?inline';

// Inline and inert: a little room in the line, and nothing the site's CSS can restyle.
const HOST = hostRule({
  display: 'inline-block',
  'vertical-align': 'middle',
  margin: '0 0.25em',
  'line-height': '1',
  'font-size': 'inherit',
  'pointer-events': 'auto',
});

export const BADGE_CSS = `${HOST}${THEME_CSS}${badgeCss}`;
