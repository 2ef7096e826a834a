import { describe, expect, it } from 'vitest';
import {
  createStandin,
  SUSPENDED_API_KEY,
  TEST_API_KEY,
  TEST_READ_TOKEN,
} from '../../standin/index';

const standin = createStandin();
const API = 'https://api.themoviedb.org/3';

async function get(path: string, key: string | null = TEST_API_KEY) {
  const sep = path.includes('?') ? '&' : '?';
  const response = await standin.fetch(`${API}${path}${key ? `${sep}api_key=${key}` : ''}`);
  return { status: response.status, body: await response.json() };
}

describe('credentials', () => {
  it('accepts the v3 key as api_key and the v4 token as a Bearer header', async () => {
    expect((await get('/authentication')).body).toEqual({
      success: true,
      status_code: 1,
      status_message: 'Success.',
    });

    const headers = { Authorization: `Bearer ${TEST_READ_TOKEN}` };
    const response = await standin.fetch(`${API}/authentication`, { headers });
    expect(response.status).toBe(200);
    expect(standin.log.at(-1)?.auth).toBe('bearer');
  });

  it('refuses other keys with 401 code 7 and the suspended key with code 10', async () => {
    expect(await get('/configuration', '0'.repeat(32))).toEqual({
      status: 401,
      body: {
        success: false,
        status_code: 7,
        status_message: 'Invalid API key: You must be granted a valid key.',
      },
    });
    expect((await get('/configuration', null)).status).toBe(401);
    expect((await get('/configuration', SUSPENDED_API_KEY)).body.status_code).toBe(10);
  });

  it('shapes the v4 token like a JWT and the v3 key like 32 hex characters', () => {
    expect(TEST_API_KEY).toMatch(/^[0-9a-f]{32}$/);
    expect(TEST_READ_TOKEN.split('.')).toHaveLength(3);
  });
});

describe('endpoints', () => {
  it('answers /configuration with the recorded image sizes', async () => {
    const { body } = await get('/configuration');
    expect(body.images.poster_sizes).toContain('w342');
  });

  it('finds by IMDb, Wikidata and TVDB ids', async () => {
    const matrix = await get('/find/tt0133093?external_source=imdb_id');
    expect(matrix.body.movie_results).toMatchObject([{ id: 603, media_type: 'movie' }]);
    expect(matrix.body.tv_results).toEqual([]);

    const prison = await get('/find/tt0455275?external_source=imdb_id');
    expect(prison.body.tv_results).toMatchObject([{ id: 2288, name: 'Prison Break' }]);

    const titanic = await get('/find/Q44578?external_source=wikidata_id');
    expect(titanic.body.movie_results[0].id).toBe(597);

    const thrones = await get('/find/121361?external_source=tvdb_id');
    expect(thrones.body.tv_results[0].id).toBe(1399);
  });

  it('appends parts under their own names without their own id', async () => {
    const parts = 'credits,external_ids,videos,release_dates,watch/providers';
    const { body } = await get(`/movie/603?append_to_response=${parts}`);

    expect(body).toMatchObject({ id: 603, title: 'The Matrix', imdb_id: 'tt0133093' });
    expect(body.credits.cast[0]).toMatchObject({ name: 'Keanu Reeves', order: 0 });
    expect(body.credits.crew).toContainEqual(
      expect.objectContaining({ job: 'Director', name: 'Lana Wachowski' }),
    );
    expect(body.credits).not.toHaveProperty('id');
    expect(body.videos.results.some((v: { type: string }) => v.type === 'Trailer')).toBe(true);
    expect(
      body.release_dates.results.find((r: { iso_3166_1: string }) => r.iso_3166_1 === 'US'),
    ).toBeDefined();
    expect(body['watch/providers'].results.US.flatrate[0].provider_name).toBe('Max');
  });

  it('serves series details with content ratings and recorded data where it exists', async () => {
    const { body } = await get('/tv/1396?append_to_response=credits,content_ratings,external_ids');

    expect(body).toMatchObject({ name: 'Breaking Bad', number_of_seasons: 5 });
    expect(body.created_by[0].name).toBe('Vince Gilligan');
    expect(body.content_ratings.results).toContainEqual(
      expect.objectContaining({ iso_3166_1: 'US', rating: 'TV-MA' }),
    );
    expect(body.credits.cast[0].name).toBe('Bryan Cranston');
    expect(body.external_ids.tvdb_id).toBe(81189);
  });

  it('gives every title generated credits and providers, the same each time', async () => {
    const first = await get('/movie/19995?append_to_response=credits,watch/providers');
    const again = await get('/movie/19995?append_to_response=credits,watch/providers');

    expect(first.body.credits.cast.length).toBeGreaterThan(0);
    expect(first.body['watch/providers'].results.US).toBeDefined();
    expect(again.body).toEqual(first.body);
  });

  it('answers sub-resources with their id', async () => {
    const { body } = await get('/movie/550/external_ids');
    expect(body).toMatchObject({ id: 550, imdb_id: 'tt0137523' });
  });
});

describe('error bodies', () => {
  it('404 code 34 for unknown ids and paths', async () => {
    expect(await get('/movie/999999999')).toMatchObject({ status: 404, body: { status_code: 34 } });
    expect((await get('/nothing/here')).body.status_code).toBe(34);
  });

  it('400 code 22 for a bad page', async () => {
    expect(await get('/search/movie?query=x&page=0')).toMatchObject({
      status: 400,
      body: { status_code: 22 },
    });
    expect((await get('/search/movie?query=x&page=501')).body.status_code).toBe(22);
  });

  it('the errors list for an empty search query', async () => {
    expect(await get('/search/multi?query=')).toEqual({
      status: 400,
      body: { errors: ['query must be provided'] },
    });
  });

  it('400 code 27 past 20 appends', async () => {
    const many = Array.from({ length: 21 }, () => 'credits').join(',');
    expect(await get(`/movie/603?append_to_response=${many}`)).toMatchObject({
      status: 400,
      body: { status_code: 27 },
    });
  });
});
