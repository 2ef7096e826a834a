/**
 * Strips what sites add around a title ("Season 2", "(4K UHD)", "[Extended
 * Cut]", "- Official Trailer", a trailing "(1999)") and keeps what those
 * decorations tell: a year, or that the title is a series.
 */
import type { MediaType } from '../types';
import { stripInvisible } from './normalize';

export interface CleanedTitle {
  title: string;
  year?: number;
  type?: MediaType;
}

/** Any one of the alternatives, as a non-capturing group. */
const anyOf = (...parts: string[]) => `(?:${parts.join('|')})`;

/** Edition, format and language notes; inside brackets or after a separator they are never a title. */
const EDITION = String.raw`(?:the\s+)?` + anyOf(
  String.raw`4k(?:\s*(?:ultra\s*hd|uhd))?`, String.raw`uhd|ultra\s*hd|hdr?|imax(?:\s*enhanced)?|3d|blu-?ray|dvd|digital`,
  String.raw`(?:english\s+|japanese\s+)?dub(?:bed)?`, String.raw`(?:english\s+)?sub(?:titled|bed|s)?`,
  String.raw`original\s+(?:language|version)`,
  String.raw`(?:extended|director['’]?s|theatrical|final|ultimate|unrated|uncut|special|collector['’]?s|remastered|restored|international)(?:\s+(?:cut|edition|version))?`,
  String.raw`(?:(?:\d+(?:st|nd|rd|th)\s+)?anniversary|limited|collector['’]?s|deluxe|criterion)\s+(?:edition|collection)`,
  String.raw`(?:plus|with)\s+bonus(?:\s+(?:content|features))?`,
  String.raw`(?:official\s+)?(?:trailer|teaser)(?:\s+#?\d)?`, String.raw`free\s+with\s+ads|new\s+episodes?`,
); // prettier-ignore

/** Notes plain enough to strip without a separator: "Director's Cut", "Extended Edition", "4K UHD". */
const CUT = anyOf(
  String.raw`(?:extended|director['’]?s|theatrical|final|ultimate|unrated|special|collector['’]?s|remastered)\s+(?:cut|edition|version)`,
  String.raw`4k\s*(?:ultra\s*hd|uhd)`, String.raw`official\s+trailer`,
); // prettier-ignore

const BRACKETED_EDITION = new RegExp(String.raw`\s*[(\[]\s*${EDITION}\s*[)\]]`, 'gi');
const TRAILING_EDITION = new RegExp(String.raw`\s*(?:[-–—:|]\s*${EDITION}|\s${CUT})\s*$`, 'i');

/** Before a note: spaces, and a dash, colon, comma or bar, or an opening bracket. */
const LEAD = String.raw`\s*(?:[-–—:,|]\s*|[(\[]\s*)?`;

/** "Season 2", "Series 3", "Saison 2", "Staffel 2", "Temporada 2", "Stagione 2", with anything after. */
const SEASON = new RegExp(
  LEAD +
    String.raw`\b(?:(?:the\s+)?complete\s+)?(?:season|series|saison|staffel|temporada|stagione|seizoen)\s+\d{1,2}\b.*$`,
  'i',
);
/** "S2", "S1:E3", "S01E02" (upper case only: "s2" is too often a word). */
const SEASON_SHORT = /\s*(?:[-–—:,|]\s*)?\bS\d{1,2}(?:\s*:?\s*E\d{1,3})?\b.*$/;
/** "(Limited Series)", ": The Complete Series", "- Miniseries", "(TV Mini Series)": only after a separator. */
const SERIES_WORDS = new RegExp(
  String.raw`\s*(?:[-–—:|]\s*|[(\[]\s*)` +
    anyOf(String.raw`(?:the\s+)?complete\s+series`, String.raw`limited\s+series`, String.raw`mini-?series`, String.raw`tv\s+(?:mini[\s-]?)?series`) +
    String.raw`\s*[)\]]?\s*$`,
  'i',
); // prettier-ignore

/** Nationalities Wikipedia puts in page names: "(2019 American film)". */
const NATIONALITY = anyOf('american', 'british', 'canadian', 'australian', 'indian', 'french', 'german', 'japanese', 'korean', 'south korean', 'spanish', 'italian', 'irish'); // prettier-ignore
const KIND = anyOf('film', 'movie', String.raw`tv\s+movie`, String.raw`tv\s+(?:mini[\s-]?)?series`, 'miniseries', String.raw`tv\s+programme`, 'series'); // prettier-ignore

/** Wikipedia and IMDb style "(1997 film)", "(2019 American film)", "(TV series)", "(TV Series 2005–2017)". */
const KIND_NOTE = new RegExp(
  String.raw`\s*\((?:(\d{4})\s+)?(?:${NATIONALITY}\s+)?(${KIND})(?:\s+(\d{4})(?:\s*[–-]\s*(?:\d{4})?)?)?\)\s*$`,
  'i',
);
const TRAILING_YEAR = /\s*[([]\s*((?:19|20)\d{2})\s*[)\]]\s*$/;

/** Cleans a title as a site shows it; see the module comment. Never returns an empty title. */
export function cleanTitle(raw: string): CleanedTitle {
  const result: CleanedTitle = { title: collapse(stripInvisible(raw)) };

  stripKindNote(result);
  stripYear(result);
  stripEditions(result);
  stripSeason(result);
  stripEditions(result);
  stripYear(result);

  if (!result.title) result.title = collapse(stripInvisible(raw));
  return result;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Applies a pattern unless it would leave nothing, which means it matched the title itself. */
function strip(result: CleanedTitle, pattern: RegExp): RegExpMatchArray | null {
  const match = result.title.match(pattern);
  if (!match || match.index === undefined || match.index === 0) return null;

  result.title = collapse(result.title.slice(0, match.index).replace(/[\s\-–—:,|]+$/, ''));
  return match;
}

function stripKindNote(result: CleanedTitle): void {
  const match = strip(result, KIND_NOTE);
  if (!match) return;

  const kind = (match[2] ?? '').toLowerCase();
  result.type = /series|programme/.test(kind) ? 'tv' : 'movie';
  const year = match[1] ?? match[3];
  if (year) result.year = Number(year);
}

function stripYear(result: CleanedTitle): void {
  const match = strip(result, TRAILING_YEAR);
  if (match?.[1] && result.year === undefined) result.year = Number(match[1]);
}

function stripEditions(result: CleanedTitle): void {
  const before = result.title;
  result.title = collapse(before.replace(BRACKETED_EDITION, '')) || before;

  // Trailing notes can be stacked: "Title - Director's Cut (Dubbed)".
  while (strip(result, TRAILING_EDITION));
}

function stripSeason(result: CleanedTitle): void {
  if (strip(result, SEASON) || strip(result, SEASON_SHORT) || strip(result, SERIES_WORDS)) {
    result.type = 'tv';
  }
}
