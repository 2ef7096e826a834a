/**
 * A self-signed TLS certificate for the host server, made once with the
 * `openssl` command and cached under the OS temp dir. Chromium runs with
 * --ignore-certificate-errors, so the names in it only matter for tools
 * that check them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

// Bump the suffix when the subject or names change, so stale caches are not reused.
const CACHE_DIR = path.join(os.tmpdir(), 'reelcard-harness-cert-v1');

const NAMES = [
  'localhost',
  'api.themoviedb.org',
  'image.tmdb.org',
  '*.imdb.com',
  '*.netflix.com',
  'letterboxd.com',
  '*.wikipedia.org',
  '*.rottentomatoes.com',
  '*.metacritic.com',
  '*.disneyplus.com',
  '*.hbomax.com',
];

function generate(dir: string): void {
  const subjectAltName = [...NAMES.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '3650',
      '-subj',
      '/CN=Reelcard test host server',
      '-addext',
      `subjectAltName=${subjectAltName}`,
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'pipe' },
  );
}

/** The cached certificate, generating it first if needed. Safe when several processes race. */
export function testCertificate(): Certificate {
  if (!existsSync(path.join(CACHE_DIR, 'cert.pem'))) {
    // Generate beside the cache and rename into place, so no reader sees half a pair.
    const staging = `${CACHE_DIR}.${process.pid}.${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    generate(staging);
    try {
      renameSync(staging, CACHE_DIR);
    } catch {
      // Another process won the race; its certificate is as good as ours.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return {
    key: readFileSync(path.join(CACHE_DIR, 'key.pem')),
    cert: readFileSync(path.join(CACHE_DIR, 'cert.pem')),
  };
}
