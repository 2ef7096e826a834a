import http2 from 'node:http2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostServer, type HostServer } from '../../harness/server';
import { TEST_API_KEY } from '../../standin/index';

let server: HostServer;

beforeAll(async () => {
  server = await startHostServer();
});
afterAll(() => server.close());

/** One HTTP/2 GET as a browser would send it to `host`, answered by the host server. */
function get(host: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const client = http2.connect(`https://127.0.0.1:${server.port}`, {
      rejectUnauthorized: false,
      servername: host,
    });
    const request = client.request({ ':path': path, ':authority': host });
    let head: http2.IncomingHttpHeaders = {};
    let body = '';
    request.on('response', (headers) => (head = headers));
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      client.close();
      resolve({ status: Number(head[':status']), type: String(head['content-type']), body });
    });
    request.on('error', reject);
  });
}

describe('the host server', () => {
  it('serves saved pages at their original URLs', async () => {
    const matrix = await get('www.imdb.com', '/title/tt0133093/');
    expect(matrix.status).toBe(200);
    expect(matrix.type).toBe('text/html; charset=utf-8');
    expect(matrix.body).toContain('The Matrix');

    const metacritic = await get(
      'www.metacritic.com',
      '/browse/dvds/release-date/available/date?page=0',
    );
    expect(metacritic.status).toBe(200);
  });

  it('routes TMDB hosts to the stand-in', async () => {
    const config = await get('api.themoviedb.org', `/3/configuration?api_key=${TEST_API_KEY}`);
    expect(JSON.parse(config.body).images.secure_base_url).toBe('https://image.tmdb.org/t/p/');

    const poster = await get('image.tmdb.org', '/t/p/w342/abc.jpg');
    expect(poster.type).toBe('image/svg+xml');
  });

  it('answers favicons with 204 and everything unknown with 404', async () => {
    expect((await get('www.imdb.com', '/favicon.ico')).status).toBe(204);
    expect((await get('www.imdb.com', '/nothing')).status).toBe(404);
    expect((await get('cdn.example.net', '/app.js')).status).toBe(404);
  });

  it('serves pages tests register, at any URL, until reset', async () => {
    server.addPage('https://www.imdb.com/title/tt0000001/', '<h1>Hostile</h1>');
    expect((await get('www.imdb.com', '/title/tt0000001/')).body).toBe('<h1>Hostile</h1>');

    server.reset();
    expect((await get('www.imdb.com', '/title/tt0000001/')).status).toBe(404);
  });
});
