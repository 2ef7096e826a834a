import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStandin, TEST_API_KEY } from '../../standin/index';

const standin = createStandin();
const search = (query: string) =>
  standin.fetch(`https://api.themoviedb.org/3/search/movie?query=${query}&api_key=${TEST_API_KEY}`);

beforeEach(() => standin.reset());
afterEach(() => vi.useRealTimers());

describe('faults', () => {
  it('answers TMDB error bodies for each error kind', async () => {
    const cases = [
      ['invalid-key', 401, 7],
      ['suspended-key', 401, 10],
      ['rate-limit', 429, 25],
      ['server-error', 500, 11],
      ['unavailable', 503, 9],
    ] as const;
    for (const [kind, status, code] of cases) {
      standin.faults.add({ match: '/3/search', kind, times: 1 });
      const response = await search('matrix');
      expect([kind, response.status, (await response.json()).status_code]).toEqual([
        kind,
        status,
        code,
      ]);
    }
  });

  it('sends Retry-After only when asked', async () => {
    standin.faults.add({ match: /query=matrix/, kind: 'rate-limit', retryAfter: 3, times: 1 });
    standin.faults.add({ match: /query=matrix/, kind: 'rate-limit', times: 1 });

    expect((await search('matrix')).headers.get('retry-after')).toBe('3');
    expect((await search('matrix')).headers.get('retry-after')).toBeNull();
  });

  it('applies `times` times, then answers normally', async () => {
    standin.faults.add({ match: '/3/search', kind: 'server-error', times: 2 });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await search('matrix')).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('matches decoded queries and leaves other requests alone', async () => {
    standin.faults.add({ match: /query=The Matrix/, kind: 'unavailable', statusCode: 46 });

    expect((await (await search('The%20Matrix')).json()).status_code).toBe(46);
    expect((await search('Titanic')).status).toBe(200);
  });

  it('sends broken JSON with a 200', async () => {
    standin.faults.add({ match: '/3/search', kind: 'malformed-json' });
    const response = await search('matrix');

    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('drops the connection (a network error to fetch)', async () => {
    standin.faults.add({ match: '/3/search', kind: 'drop' });

    await expect(search('matrix')).rejects.toThrow(TypeError);
    expect(standin.log.at(-1)?.status).toBe(0);
  });

  it('delays a slow answer by delayMs', async () => {
    vi.useFakeTimers();
    standin.faults.add({ match: '/3/search', kind: 'slow', delayMs: 5000 });
    let settled = false;
    const pending = search('matrix').then((r) => ((settled = true), r));

    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('clears every fault', async () => {
    standin.faults.add({ match: '/3/', kind: 'server-error' });
    standin.faults.clear();

    expect((await search('matrix')).status).toBe(200);
  });
});

describe('latency and rate limits', () => {
  it('adds latencyMs to every API answer', async () => {
    vi.useFakeTimers();
    standin.latencyMs = 200;
    let settled = false;
    const pending = search('matrix').then(() => (settled = true));

    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    standin.latencyMs = 0;
  });

  it('answers 429 past rateLimitPerSecond within one second', async () => {
    let now = 10_000;
    const limited = createStandin({ rateLimitPerSecond: 2, now: () => now });
    const call = () =>
      limited.fetch(`https://api.themoviedb.org/3/configuration?api_key=${TEST_API_KEY}`);

    const statuses = [(await call()).status, (await call()).status, (await call()).status];
    now += 1000;
    statuses.push((await call()).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
  });
});

describe('the request log', () => {
  it('records method, path, query, auth, status and time', async () => {
    await search('Fight%20Club');

    expect(standin.log[0]).toMatchObject({
      method: 'GET',
      path: '/3/search/movie',
      query: { query: 'Fight Club', api_key: TEST_API_KEY },
      auth: 'api_key',
      status: 200,
    });
    expect(standin.log.count('/3/search/')).toBe(1);
    expect(standin.log.count(/configuration/)).toBe(0);
  });

  it('measures the request rate per second and in any sliding second', () => {
    let now = 0;
    const clocked = createStandin({ now: () => now });
    const at = (ms: number) => {
      now = ms;
      return clocked.fetch(`https://api.themoviedb.org/3/configuration?api_key=${TEST_API_KEY}`);
    };

    return Promise.all([at(900), at(950), at(1100), at(1200), at(2500)]).then(() => {
      expect([...clocked.log.perSecond().values()]).toEqual([2, 2, 1]);
      expect(clocked.log.maxInWindow(1000)).toBe(4);
    });
  });

  it('keeps image requests out of the API log', async () => {
    const response = await standin.fetch('https://image.tmdb.org/t/p/w185/abc.jpg');

    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg[^>]+width="185" height="278"/);
    expect(standin.log).toHaveLength(0);
    expect(standin.imageRequests).toBe(1);
  });
});
