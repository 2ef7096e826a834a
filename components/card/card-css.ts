/**
 * The card's stylesheet as a string. The content script adopts it in the
 * card's shadow root; the popup can include it in its page.
 */
import { THEME_CSS } from '../shared/theme';
// Vite minifies CSS imported with ?inline in the build, which keeps the content script small.
import cardCss from './card.css?inline';
import partsCss from './card-parts.css?inline';

/** Everything the card needs, theme tokens included. */
export const CARD_CSS = `${THEME_CSS}${cardCss}${partsCss}`;
