// @vitest-environment happy-dom
/**
 * The card rendered from real TMDB shapes: every section, the JustWatch
 * credit exactly when providers show, safe links and images, inert text,
 * and the states before and instead of details.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../../components/card/Card';
import type { TitleDetails } from '../../../utils/types';
import { FIGHT_CLUB, FIGHT_CLUB_SUMMARY, GAME_OF_THRONES } from './fixtures';

vi.mock('../../../utils/browser', () => import('./helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./helpers/fake-browser'));

const CREDIT = 'Where-to-watch data by JustWatch';

function show(props: Partial<CardProps>): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card details={null} summary={null} region="US" {...props} />, root);
  return root;
}

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent);

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

describe('a movie card with details', () => {
  const root = () => show({ details: FIGHT_CLUB, summary: FIGHT_CLUB_SUMMARY });

  it('is a dialog labelled with the title and year', () => {
    const dialog = root().querySelector('[role="dialog"]');

    expect(dialog?.getAttribute('aria-label')).toBe('Fight Club (1999) details');
  });

  it('shows kind, runtime, certification, genres, rating and votes', () => {
    const card = root();

    expect(card.querySelector('.meta')?.textContent).toBe('Movie · 2h 19m · R');
    expect(card.querySelector('.genres')?.textContent).toBe('Drama');
    expect(card.querySelector('.rating-value')?.textContent).toBe('8.4');
    expect(card.querySelector('.votes')?.textContent).toBe('27,917 votes');
    expect(card.querySelector('.rating')?.classList.contains('tone-high')).toBe(true);
  });

  it('sizes the poster to avoid layout shift and offers a denser one', () => {
    const poster = root().querySelector('img.poster')!;

    expect(poster.getAttribute('src')).toBe(
      'https://image.tmdb.org/t/p/w185/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg',
    );
    expect(poster.getAttribute('srcset')).toContain('/w342/');
    expect([poster.getAttribute('width'), poster.getAttribute('height')]).toEqual(['120', '180']);
  });

  it('lists the director and the top six of the cast with photos', () => {
    const card = root();

    expect(card.querySelector('.makers')?.textContent).toBe('Directed by David Fincher');
    expect(texts(card, '.person-name')).toHaveLength(6);
    expect(card.querySelector('.face')?.getAttribute('src')).toMatch(/\/t\/p\/w45\//);
  });

  it('shows the provider rows with names as alt text, and the JustWatch credit', () => {
    const card = root();

    expect(texts(card, '.provider-row dt')).toEqual(['Rent', 'Buy']);
    expect([...card.querySelectorAll('.logo')].map((img) => img.getAttribute('alt'))).toEqual([
      'Apple TV',
      'Amazon Video',
      'Google Play Movies',
    ]);
    expect(card.textContent).toContain(CREDIT);
  });

  it('links to the trailer, TMDB and IMDb', () => {
    const hrefs = [...root().querySelectorAll('a')].map((a) => a.getAttribute('href'));

    expect(hrefs).toEqual([
      'https://www.youtube.com/watch?v=dfeUzm6KF4g',
      'https://www.themoviedb.org/movie/550',
      'https://www.imdb.com/title/tt0137523/',
    ]);
  });

  it('clamps a long overview and expands it on request', () => {
    const card = root();

    expect(card.querySelector('.overview-text')?.classList.contains('clamped')).toBe(true);
    expect(card.querySelector('.overview button')?.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('a series card', () => {
  it('shows seasons and creators, and no credit without providers', () => {
    const card = show({ details: GAME_OF_THRONES, summary: GAME_OF_THRONES });

    expect(card.querySelector('.meta')?.textContent).toBe('Series · 8 seasons · TV-MA');
    expect(card.querySelector('.makers')?.textContent).toBe(
      'Created by David Benioff, D. B. Weiss',
    );
    expect(card.querySelector('.providers')).toBeNull();
    expect(card.textContent).not.toContain(CREDIT);
  });

  it('shows no credit when the provider lists are all empty', () => {
    const empty = { link: null, flatrate: [], free: [], ads: [], rent: [], buy: [] };
    const card = show({ details: { ...FIGHT_CLUB, providers: empty } });

    expect(card.textContent).not.toContain(CREDIT);
  });
});

describe('before and instead of details', () => {
  it('shows what the badge knows while loading', () => {
    const card = show({ summary: FIGHT_CLUB_SUMMARY, state: 'loading' });

    expect(card.querySelector('.title')?.textContent).toBe('Fight Club (1999)');
    expect(card.querySelector('.rating-value')?.textContent).toBe('8.4');
    expect(card.textContent).toContain('Loading details…');
  });

  it('says what went wrong and what to do', () => {
    const card = show({ summary: FIGHT_CLUB_SUMMARY, errorKind: 'no-key' });

    expect(card.querySelector('[role="alert"]')?.textContent).toContain(
      "Add your TMDB key in Reelcard's options.",
    );
  });

  it('offers a retry button on transient errors when given one', () => {
    const card = show({ summary: FIGHT_CLUB_SUMMARY, errorKind: 'offline', onRetry: () => {} });

    expect(texts(card, '[role="alert"] button')).toEqual(['Try again']);
  });
});

describe('hostile text', () => {
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
  const hostile: TitleDetails = {
    ...FIGHT_CLUB,
    title: evil,
    overview: evil,
    tagline: evil,
    genres: [evil],
    makers: [evil],
    imdbId: 'javascript:alert(1)',
    trailerKey: 'javascript:alert(1)',
    posterPath: 'javascript:alert(1)',
    cast: [{ id: 1, name: evil, character: evil, profilePath: '//evil.example/x.jpg' }],
  };

  it('renders markup as text and builds no link or image from bad ids', () => {
    const card = show({ details: hostile, summary: hostile });

    expect(card.querySelectorAll('script, img[onerror], iframe')).toHaveLength(0);
    expect(card.querySelector('.title')?.textContent).toContain('<script>');
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.themoviedb.org/movie/550',
    ]);
    expect(card.querySelector('img.poster')).toBeNull();
    expect(card.querySelector('img.face')).toBeNull();
  });
});
