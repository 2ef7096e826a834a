/**
 * The badge's stylesheet, applied inside each badge's shadow root. Sizes are
 * in em so the pill follows the page's text size and browser zoom.
 */
import { hostRule } from '../shared/shadow';
import { THEME_CSS } from '../shared/theme';

// Inline and inert: a little room in the line, and nothing the site's CSS can restyle.
const HOST = hostRule({
  display: 'inline-block',
  'vertical-align': 'middle',
  margin: '0 0.25em',
  'line-height': '1',
  'font-size': 'inherit',
  'pointer-events': 'auto',
});

export const BADGE_CSS = `
${HOST}
${THEME_CSS}
.pill {
  display: inline-flex;
  align-items: baseline;
  gap: 0.3em;
  padding: 0.1em 0.45em;
  border-radius: 0.8em;
  border: 1px solid var(--rc-border);
  background: var(--rc-bg);
  color: var(--rc-fg);
  /* Follows the text it sits in, but stays compact next to big headings. */
  font: 600 min(0.75em, 13px)/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  white-space: nowrap;
  cursor: pointer;
  user-select: none;
  transition: opacity 120ms ease-out;
}
.mark {
  color: var(--rc-accent);
  font-size: 0.8em;
  letter-spacing: 0.02em;
}
.value { font-variant-numeric: tabular-nums; }
.tone-low .value { color: var(--rc-low); }
.tone-mid .value { color: var(--rc-mid); }
.tone-high .value { color: var(--rc-high); }
/* Few votes: still readable, but visibly less sure of itself. */
.muted { opacity: 0.7; }
.muted .value { font-weight: 400; }
.state-loading, .state-unmatched, .state-error { opacity: 0.6; font-weight: 400; }
.state-loading .value { color: var(--rc-muted); }
.state-error .value { color: var(--rc-low); }
/* The :host reset removes the browser's focus ring, so draw one here. */
:host(:focus-visible) .pill { outline: 2px solid var(--rc-focus); outline-offset: 1px; }
`;
