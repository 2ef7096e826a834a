/**
 * Hand-made pages in IMDb's 2023+ list markup (what utils/sites/imdb.ts
 * reads: `a.ipc-title-link-wrapper[href*="/title/tt…"]` around
 * `.ipc-title__text`, the year in a `title-metadata` item). Served by the
 * harness at www.imdb.com list URLs, where the content script runs.
 */
import { escapeHtml } from '../../fixtures/hostile/pages';

/** The saved real pages these specs use, at the addresses they were captured from. */
export const MATRIX_PAGE = 'https://www.imdb.com/title/tt0133093/';
export const MULHOLLAND_PAGE = 'https://letterboxd.com/film/mulholland-drive/';

export interface Row {
  title: string;
  imdbId: string;
  /** Left out for titles the page shows without a year. */
  year?: number;
  /** Inline style of the row, e.g. to pin it to a corner. */
  style?: string;
}

/** Real films the stand-in's /find knows by IMDb id. */
export const FILMS = {
  matrix: { title: 'The Matrix', imdbId: 'tt0133093', year: 1999 },
  fightClub: { title: 'Fight Club', imdbId: 'tt0137523', year: 1999 },
  titanic: { title: 'Titanic', imdbId: 'tt0120338', year: 1997 },
  shawshank: { title: 'The Shawshank Redemption', imdbId: 'tt0111161', year: 1994 },
  godfather: { title: 'The Godfather', imdbId: 'tt0068646', year: 1972 },
  amelie: { title: 'Amélie', imdbId: 'tt0211915', year: 2001 },
  avatar: { title: 'Avatar', imdbId: 'tt0499549', year: 2009 },
  schindler: { title: "Schindler's List", imdbId: 'tt0108052', year: 1993 },
  angryMen: { title: '12 Angry Men', imdbId: 'tt0050083', year: 1957 },
  samurai: { title: 'Seven Samurai', imdbId: 'tt0047478', year: 1954 },
} satisfies Record<string, Row>;

function row(entry: Row, rank: number): string {
  const style = entry.style ? ` style="${escapeHtml(entry.style)}"` : '';
  const year =
    entry.year === undefined
      ? ''
      : `<div class="dli-title-metadata"><span class="dli-title-metadata-item">${entry.year}</span></div>`;
  return `<li class="ipc-metadata-list-summary-item"${style}>
  <a class="ipc-title-link-wrapper" href="/title/${entry.imdbId}/?ref_=ls_t_${rank}">
    <h3 class="ipc-title__text">${rank}. ${escapeHtml(entry.title)}</h3>
  </a>${year}
</li>`;
}

/** A list page; `head` takes extra styles, `before` markup placed above the list. */
export function listPage(rows: Row[], options: { head?: string; before?: string } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A list - IMDb</title>${options.head ?? ''}</head>
<body><main>${options.before ?? ''}<ul class="ipc-metadata-list">
${rows.map((entry, index) => row(entry, index + 1)).join('\n')}
</ul></main></body></html>`;
}

/** Where a row is pinned: its name (for messages) and its CSS. */
export interface Spot {
  name: string;
  style: string;
}

// Rows shrink to their content so an edge row really touches its edge.
const PIN = 'margin:0;padding:0;list-style:none;white-space:nowrap;';

/** Every edge, every corner and the middle; fixed rows, plus absolute ones on a tall page. */
export const SPOTS: Spot[] = [
  { name: 'top left', style: `position:fixed;top:0;left:0;${PIN}` },
  { name: 'top', style: `position:fixed;top:0;left:45%;${PIN}` },
  { name: 'top right', style: `position:fixed;top:0;right:0;${PIN}` },
  { name: 'right', style: `position:fixed;top:50%;right:0;${PIN}` },
  { name: 'bottom right', style: `position:fixed;bottom:0;right:0;${PIN}` },
  { name: 'bottom', style: `position:fixed;bottom:0;left:40%;${PIN}` },
  { name: 'bottom left', style: `position:fixed;bottom:0;left:0;${PIN}` },
  { name: 'left', style: `position:fixed;top:45%;left:0;${PIN}` },
  { name: 'middle (absolute)', style: `position:absolute;top:30%;left:30%;${PIN}` },
  { name: 'right (absolute)', style: `position:absolute;top:40%;right:0;${PIN}` },
];

/**
 * A page taller than the window, so it has a scrollbar the card must keep
 * clear of, with a probe element to watch for layout shifts.
 */
export function edgesPage(films: Row[]): string {
  const rows = SPOTS.map((spot, index) => ({ ...films[index % films.length]!, style: spot.style }));
  const head = `<style>
    html, body { margin: 0; }
    main { position: relative; min-height: 150vh; }
    #probe { position: absolute; top: 20%; left: 55%; width: 120px; height: 40px; }
  </style>`;
  return listPage(rows, { head, before: '<p id="probe">Layout probe</p>' });
}
