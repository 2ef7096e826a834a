import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../utils/match/clean';
import { normalizeTitle } from '../../../utils/match/normalize';

describe('normalizeTitle', () => {
  it.each([
    ['The Godfather: Part II', 'godfather part 2'],
    ['Godfather Part 2', 'godfather part 2'],
    ['Amélie', 'amelie'],
    ['Fast & Furious', 'fast and furious'],
    ['  Léon:   The Professional ', 'leon the professional'],
    ["L'Avventura", 'avventura'],
    ['Der Untergang', 'untergang'],
    ['El laberinto del fauno', 'laberinto del fauno'],
    ['Matrix, The', 'matrix'],
    ['Rocky IV', 'rocky 4'],
    ['Rocky I', 'rocky 1'],
    ['I, Robot', 'i robot'],
    ["Ocean's Eleven", 'oceans eleven'],
    ['\u2066\u2068Rooster\u2069\u2069', 'rooster'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTitle(input)).toBe(expected);
  });

  it('keeps articles on request, to tell "Die Hard" from "Hard"', () => {
    expect(normalizeTitle('Die Hard', { keepArticles: true })).toBe('die hard');
    expect(normalizeTitle('The The')).toBe('the');
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Stranger Things: Season 2', { title: 'Stranger Things', type: 'tv' }],
    ['Stranger Things S2', { title: 'Stranger Things', type: 'tv' }],
    ['The Crown - Season 3 Episode 1', { title: 'The Crown', type: 'tv' }],
    ['Dark Staffel 2', { title: 'Dark', type: 'tv' }],
    ['Chernobyl (Limited Series)', { title: 'Chernobyl', type: 'tv' }],
    ['Avatar (4K UHD)', { title: 'Avatar' }],
    ['Aliens [Extended Cut]', { title: 'Aliens' }],
    ["Blade Runner - Director's Cut", { title: 'Blade Runner' }],
    ["Alien Director's Cut", { title: 'Alien' }],
    ['Your Name (Dubbed)', { title: 'Your Name' }],
    ['Parasite (Subtitled)', { title: 'Parasite' }],
    ['Dune - Official Trailer', { title: 'Dune' }],
    ['The Matrix (1999)', { title: 'The Matrix', year: 1999 }],
    ['Heat (1995) [4K UHD]', { title: 'Heat', year: 1995 }],
    ['Titanic (1997 film)', { title: 'Titanic', year: 1997, type: 'movie' }],
    ['Sherlock (TV series)', { title: 'Sherlock', type: 'tv' }],
    ['Prison Break (TV Series 2005–2017)', { title: 'Prison Break', year: 2005, type: 'tv' }],
  ])('%j', (input, expected) => {
    expect(cleanTitle(input)).toEqual(expected);
  });

  it.each([
    'The International',
    'The Final',
    'Series 7: The Contenders',
    '1917',
    'Se7en',
    'Marvel Collection',
    '(500) Days of Summer',
  ])('leaves the title %j alone', (title) => {
    expect(cleanTitle(title)).toEqual({ title });
  });
});
