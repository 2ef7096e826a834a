// @vitest-environment happy-dom
/**
 * Hostile TMDB records, mapped by the real mapper and rendered by the real
 * card and badge: every string must come out as text, nothing may run, and
 * the only URLs are TMDB images and links to TMDB, IMDb and YouTube. This
 * is the cheap twin of the end-to-end test in tests/e2e/security/.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import { createBadgeView } from '../../../components/badge/mount-badge';
import { movieDetails } from '../../../utils/tmdb/map-details';
import {
  ALLOWED_IMAGE_ORIGINS,
  ALLOWED_LINK_ORIGINS,
  PWNED_FLAG,
} from '../../fixtures/hostile/payloads';
import { HOSTILE_RECORDS, MARKUP_RECORD } from '../../fixtures/hostile/records';

// No extension context here: messages echo their key and substitutions, which keeps the
// hostile text visible in the rendered output.
vi.mock('../../../utils/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => [key, subs ?? []].flat().join(' '),
      getUILanguage: () => 'en-US',
    },
  },
}));
vi.mock('../../../utils/native-browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => [key, subs ?? []].flat().join(' '),
      getUILanguage: () => 'en-US',
    },
  },
}));

const URL_ATTRIBUTES = ['src', 'srcset', 'href', 'action', 'formaction', 'poster', 'xlink:href'];

/** Elements a hostile string could only have produced by being parsed as markup. */
const INJECTED = 'script, iframe, object, embed, svg[onload], img[onerror], style, link, base';

function renderCard(raw: (typeof HOSTILE_RECORDS)[number]['raw']): HTMLElement {
  const details = movieDetails(raw, 'US');
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card details={details} summary={details} region="US" />, root);
  return root;
}

/** Every URL in the rendered tree, with the attribute it sits in. */
function urlsIn(root: Element): { name: string; url: string }[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    URL_ATTRIBUTES.filter((name) => element.hasAttribute(name)).flatMap((name) =>
      element
        .getAttribute(name)!
        .split(',')
        .map((part) => ({ name, url: part.trim().split(/\s+/)[0]! })),
    ),
  );
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as unknown as Record<string, unknown>)[PWNED_FLAG];
});

describe.each(HOSTILE_RECORDS)('the card for $pageTitle', (record) => {
  it('renders the hostile strings as text and creates no markup from them', () => {
    const root = renderCard(record.raw);

    expect(root.querySelectorAll(INJECTED)).toHaveLength(0);
    expect(root.textContent).toContain(record.raw.title!.slice(0, 200));
    expect((window as unknown as Record<string, unknown>)[PWNED_FLAG]).toBeUndefined();
  });

  it('puts no event handler attributes on any element', () => {
    const root = renderCard(record.raw);
    const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    );

    expect(handlers).toEqual([]);
  });

  it('loads images only from image.tmdb.org and links only to TMDB, IMDb and YouTube', () => {
    const root = renderCard(record.raw);
    const urls = urlsIn(root);

    // The TMDB link is built from the (clean) id, so the list is never vacuously empty.
    expect(urls.map(({ url }) => url)).toContain(
      `https://www.themoviedb.org/movie/${record.raw.id}`,
    );
    for (const { name, url } of urls) {
      const origin = new URL(url, 'https://page.invalid/').origin;
      const allowed = name === 'href' ? ALLOWED_LINK_ORIGINS : ALLOWED_IMAGE_ORIGINS;
      expect(allowed, `${name}=${url}`).toContain(origin);
    }
  });
});

describe('the badge for a hostile match', () => {
  it('keeps the data attributes as plain values', () => {
    const details = movieDetails(MARKUP_RECORD.raw, 'US');
    const view = createBadgeView(document, {
      state: 'matched',
      title: MARKUP_RECORD.raw.title!,
      year: null,
      summary: details,
      errorKind: null,
      style: 'rating-votes',
      theme: 'system',
    });
    document.body.append(view.host);

    expect(view.host.getAttribute('data-title')).toBe(MARKUP_RECORD.raw.title);
    expect(document.querySelectorAll(INJECTED)).toHaveLength(0);
    view.destroy();
  });
});
