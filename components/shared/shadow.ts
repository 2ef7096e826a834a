/**
 * Closed shadow roots for the things we put on pages. A closed root keeps
 * page scripts from reading or driving what is inside; the page's CSS cannot
 * reach in and ours cannot leak out.
 */

const sheets = new Map<string, CSSStyleSheet>();

/** One constructed sheet per stylesheet text, shared by every badge on the page. */
function sharedSheet(css: string): CSSStyleSheet | null {
  const known = sheets.get(css);
  if (known) return known;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
    return sheet;
  } catch {
    // Older engines (and Firefox's content-script sandbox) may refuse constructed sheets.
    return null;
  }
}

/**
 * Attaches a closed shadow root to `host`, styles it with `css`, and returns
 * the element to render into. Constructed sheets are preferred because a
 * page's style-src policy does not apply to them; a `<style>` element is the
 * fallback.
 */
export function attachStyledShadow(host: HTMLElement, css: string): HTMLElement {
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = sharedSheet(css);
  let adopted = false;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = host.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }

  // Preact owns this container only, so re-renders never touch the style element.
  const container = host.ownerDocument.createElement('span');
  root.append(container);
  return container;
}

/**
 * A `:host` rule that cuts the host element off from the page's CSS. Inside
 * the shadow tree, `!important` beats the page's own `!important` rules and
 * inline styles (the cascade lets the inner context win for important
 * declarations), and unlike inline `all: initial` it does not expand into
 * hundreds of longhands in every host's style attribute.
 */
export function hostRule(declarations: Record<string, string>): string {
  const body = Object.entries({ all: 'initial', ...declarations })
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ');
  return `:host { ${body} }`;
}
