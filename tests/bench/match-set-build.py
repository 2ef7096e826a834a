#!/usr/bin/env python3
"""Builds tests/bench/match-set.tsv: title strings as sites show them, from real TMDB records.

Films come from ../shared/tmdb/datasets/tmdb_5000_movies.csv.gz, series from the
stand-in's tests/standin/data/tv.json. Each string gets a decoration a real
site uses (Letterboxd "Title (Year)", Netflix upper case, Prime "(4K UHD)",
trailers, cuts, dubbing, original-language titles, a festival year one off,
season notes). Hand-written rows add the known hard cases and negatives.
Deterministic (fixed seed); run from the repository root:
    python3 tests/bench/match-set-build.py > tests/bench/match-set.tsv
"""
import csv, gzip, io, json, random

rng = random.Random(20261203)
films = list(csv.DictReader(io.TextIOWrapper(gzip.open('../shared/tmdb/datasets/tmdb_5000_movies.csv.gz'), 'utf-8')))
films = [f for f in films if f['release_date'] and int(f['vote_count'] or 0) >= 100]
sample = rng.sample(films, 230)

def year(date):
    return int(date[:4])

def film_row(i, f):
    t, y, ident = f['title'], year(f['release_date']), f"movie:{f['id']}"
    variants = [
        (f'{t} ({y})', '', '', 'letterboxd grid'),
        (t, y, 'movie', 'netflix tile'),
        (f'{t} (4K UHD)', y, '', 'prime video'),
        (f'{t} [Extended Cut]', y, '', 'store edition'),
        (f'{t} - Official Trailer', '', '', 'video title'),
        (t.upper(), y, 'movie', 'upper-case tile'),
        (f['original_title'] if f['original_title'] != t and f['original_language'] != 'en' else f'{t} (Dubbed)', y, '', 'original title / dubbed'),
        (t, y + 1, 'movie', 'festival year one off'),
        (f"{t}: Director's Cut", y, '', 'cut'),
        (t, '', '', 'link text, no hints'),
    ]
    s, yh, th, note = variants[i % len(variants)]
    return (s, yh, th, ident, note)

rows = [film_row(i, f) for i, f in enumerate(sample)]

series = json.load(open('tests/standin/data/tv.json'))['series']
for i, s in enumerate(series):
    name, first = s['name'], year(s['first_air_date'])
    last = year(s.get('last_air_date') or s['first_air_date'])
    ident = f"tv:{s['id']}"
    rows.append((f'{name}: Season 2', '', '', ident, 'season note'))
    rows.append((name, max(last, first), 'tv', ident, 'netflix: latest season year'))
    if i % 2 == 0:
        rows.append((f'{name} S1', first, '', ident, 'short season note'))

HAND = [
    # The users' complaints.
    ('Solo: A Star Wars Story', '', '', 'movie:348350', 'solo'),
    ('Solo', 1996, 'movie', 'movie:900201', 'solo 1996, not the Star Wars film'),
    ('Solo: A Star Wars Story (4K UHD)', 2018, '', 'movie:348350', 'solo, decorated'),
    ('Serenity', 2005, 'movie', 'movie:16320', 'serenity 2005'),
    ('Serenity (2019)', '', '', 'movie:452832', 'serenity 2019'),
    ('Cowboy Bebop', 2021, 'tv', 'tv:105248', 'bebop live action'),
    ('Cowboy Bebop', 1998, 'tv', 'tv:30991', 'bebop anime'),
    ('Cowboy Bebop: The Movie', '', '', 'movie:11299', 'bebop film'),
    ('Fargo: Season 5', '', '', 'tv:60622', 'series not film'),
    ('Fargo', 1996, 'movie', 'movie:275', 'film not series'),
    ('Shōgun', 2024, 'tv', 'tv:126308', 'remake series'),
    ('Shogun', 1980, 'tv', 'tv:900101', 'original series, no accent'),
    ('ONE PIECE', 2026, 'tv', 'tv:111110', 'live action, latest season'),
    # Ambiguous without a year: the right answer exists but no clear choice, so unmatched is fine.
    ('Solo', '', '', 'movie:348350', 'ambiguous: expect unmatched'),
    ('Serenity', '', '', 'movie:16320', 'ambiguous: expect unmatched'),
    # Negatives: not titles, or titles the catalogue does not have.
    ('Senior League Baseball', '', '', 'none', 'live sports'),
    ('XIST vs. Michigan Hybrid', '', '', 'none', 'upcoming event'),
    ('Marvel Collection', '', '', 'none', 'collection'),
    ('Thursday Night Football', '', '', 'none', 'event'),
    ('Continue Watching for Alex', '', '', 'none', 'row title'),
    ('Top 10 Movies in the U.S. Today', '', '', 'none', 'row title'),
    ('Trending Now', '', '', 'none', 'row title'),
    ('My List', '', '', 'none', 'row title'),
    ('New & Popular', '', '', 'none', 'nav'),
    ('Tom Hanks', '', '', 'none', 'person'),
    ('Christopher Nolan', '', '', 'none', 'person'),
    ('Heat', 1972, 'movie', 'none', 'real 1972 film not in catalogue; 1995 Heat is wrong'),
    ('Avatar', 2004, 'tv', 'none', 'The Last Airbender is not in the catalogue'),
    ('The Godfather', 1985, 'movie', 'none', 'year far off'),
    ('Titanic', 1953, 'movie', 'none', '1953 film not in catalogue'),
    ('The Thing', 2011, 'movie', 'none', '2011 prequel not in catalogue; 1982 film is wrong'),
    ('Sherlock', '', 'tv', 'tv:19885', "series added with the saved IMDb page's rows"),
    ('The Office', 2005, 'tv', 'tv:2316', 'US series added with the saved Netflix rows'),
    ('Stranger Things: Season 4', '', '', 'tv:66732', 'season note; series added with the saved Netflix rows'),
    ('Breaking', '', '', 'none', 'prefix of a title'),
    ('Star Wars: Episode X', '', '', 'none', 'does not exist'),
    ('Matrix Resurrections', 2021, 'movie', 'none', 'not in catalogue'),
    ('Dune: Part Two', 2024, 'movie', 'none', 'not in catalogue'),
    ('Oppenheimer', 2023, 'movie', 'none', 'not in catalogue'),
    ('Barbie', 2023, 'movie', 'none', 'not in catalogue'),
    ('The Bear', 2022, 'tv', 'none', 'not in catalogue'),
    ('Saturday Night Live', '', '', 'none', 'not in catalogue'),
    ('Love Island', 2024, 'tv', 'none', 'not in catalogue'),
    ('Planet Earth II', '', '', 'none', 'not in catalogue'),
    ('Avatar: The Last Airbender', '', '', 'none', 'not in catalogue'),
    ('Game of Thrones', '', 'movie', 'none', 'a film for a series'),
    ('Breaking Bad', 2008, 'movie', 'none', 'a film for a series'),
    ('Loki', 2021, 'movie', 'none', 'a film for a series'),
    ('Watch Now', '', '', 'none', 'button'),
    ('Season 2', '', '', 'none', 'bare decoration'),
    ('Official Trailer', '', '', 'none', 'bare decoration'),
]
rows += HAND

print('# string\tyear hint\ttype hint\texpected (type:id or none)\tnote')
print('# Built by tests/bench/match-set-build.py from real TMDB records; hand-written rows at the end.')
for r in rows:
    print('\t'.join(str(c) for c in r))
