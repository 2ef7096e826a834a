/**
 * The card's stylesheet. The content script adopts it in the card's shadow
 * root; the popup can include it in its page. Sizes are in em (the host sets
 * `font-size: medium`, the user's default) so the card follows the user's
 * text size and zoom, not the site's root font size.
 */
import { THEME_CSS } from '../shared/theme';

const LAYOUT = `
.card {
  box-sizing: border-box;
  width: 23em;
  max-width: calc(100vw - 1em);
  max-height: min(36em, calc(100vh - 1em));
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 0.9em 1em;
  border: 1px solid var(--rc-border);
  border-radius: 0.6em;
  background: var(--rc-bg);
  color: var(--rc-fg);
  box-shadow: var(--rc-shadow);
  font: 400 0.875em/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
  animation: rc-in 120ms ease-out;
}
@keyframes rc-in { from { opacity: 0; transform: translateY(0.25em); } }
.card * { box-sizing: border-box; }
.card p, .card h2, .card h3, .card ul, .card dl, .card dd { margin: 0; padding: 0; }
.head { display: flex; gap: 0.8em; align-items: flex-start; }
.poster { flex: none; width: 6em; height: auto; aspect-ratio: 2 / 3; border-radius: 0.3em; background: var(--rc-surface); object-fit: cover; }
.poster-empty { display: block; }
.head-text { min-width: 0; display: grid; gap: 0.2em; }
.title { font-size: 1.15em; font-weight: 650; line-height: 1.25; overflow-wrap: anywhere; }
.year, .original, .meta, .genres, .character, .credit, .label { color: var(--rc-muted); }
.year { font-weight: 400; }
.original, .credit { font-size: 0.85em; }
.rating { font-weight: 600; }
.rating-value { font-size: 1.3em; }
.rating-scale, .votes { color: var(--rc-muted); font-weight: 400; }
.tone-low .rating-value { color: var(--rc-low); }
.tone-mid .rating-value { color: var(--rc-mid); }
.tone-high .rating-value { color: var(--rc-high); }
.muted .rating-value { opacity: 0.7; }
section, .status, .correction, .links { margin-top: 0.75em; }
.status { color: var(--rc-muted); }
.status.error { color: var(--rc-fg); }
.tagline { font-style: italic; color: var(--rc-muted); margin-bottom: 0.3em; }
.overview-text { overflow-wrap: anywhere; }
.clamped { display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.section-title { font-size: 0.8em; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--rc-muted); margin: 0.5em 0 0.3em; }
`;

const LISTS = `
.cast { list-style: none; display: grid; grid-template-columns: 1fr 1fr; gap: 0.4em 0.6em; }
.cast-member { display: flex; gap: 0.45em; align-items: center; min-width: 0; }
.face { flex: none; width: 2.25em; height: 3.375em; border-radius: 0.25em; object-fit: cover; background: var(--rc-surface); display: block; }
.person { display: grid; min-width: 0; font-size: 0.9em; line-height: 1.25; }
.person-name, .character { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.provider-rows { display: grid; gap: 0.35em; }
.provider-row { display: flex; gap: 0.6em; align-items: center; }
.provider-row dt { flex: none; width: 4.5em; font-size: 0.85em; color: var(--rc-muted); }
.provider-row dd { display: flex; flex-wrap: wrap; gap: 0.3em; }
.logo { width: 1.75em; height: 1.75em; border-radius: 0.3em; }
.provider-name { font-size: 0.85em; }
.links { display: flex; gap: 1em; flex-wrap: wrap; }
.candidates { list-style: none; display: grid; gap: 0.25em; margin-top: 0.4em; }
.candidate { width: 100%; display: flex; justify-content: space-between; gap: 0.5em; text-align: start; }
.candidate-kind { color: var(--rc-muted); font-size: 0.85em; }
.picker-search { display: flex; gap: 0.4em; }
.picker-search input { flex: 1; min-width: 0; }
.picker-actions { display: flex; gap: 1em; margin-top: 0.5em; }
`;

const CONTROLS = `
a, .link-button { color: var(--rc-link); }
a { text-decoration: underline; text-underline-offset: 0.15em; }
button, input { font: inherit; color: var(--rc-fg); }
button, input { border: 1px solid var(--rc-border); border-radius: 0.3em; background: var(--rc-surface); padding: 0.25em 0.5em; }
button { cursor: pointer; }
button:disabled { cursor: default; opacity: 0.6; }
.link-button { border: none; background: none; padding: 0; text-decoration: underline; }
:focus-visible { outline: 2px solid var(--rc-focus); outline-offset: 2px; }
`;

/** Everything the card needs, theme tokens included. */
export const CARD_CSS = `${THEME_CSS}${LAYOUT}${LISTS}${CONTROLS}`;
