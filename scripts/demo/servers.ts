/**
 * The demo's internet: the e2e harness's HTTPS host server, which serves the
 * saved pages at their real addresses and answers TMDB's hosts with the
 * stand-in. Chromium is pointed at it with the same flags the e2e tests use.
 * With the user's own key, TMDB's hosts are left to the real network.
 */
import { startHostServer } from '../../tests/harness/server';
import { API_HOST, IMAGE_HOST, TEST_API_KEY } from '../../tests/standin/index';

export interface DemoServers {
  /** Chromium flags: host mapping and trust in the local certificate. */
  args: string[];
  /** The key the stand-in accepts. */
  testKey: string;
  /** One line for the terminal saying where answers come from. */
  description: string;
  close(): Promise<void>;
}

/**
 * Host-resolver rules that send every host to the local server, except, when
 * the real TMDB is wanted, TMDB's API and image hosts.
 */
export function resolverRules(port: number, realTmdb: boolean): string {
  const rules = [`MAP * 127.0.0.1:${port}`, 'EXCLUDE localhost'];
  if (realTmdb) rules.push(`EXCLUDE ${API_HOST}`, `EXCLUDE ${IMAGE_HOST}`);
  return rules.join(',');
}

/** Starts the host server (and with it the stand-in's catalog, about a second). */
export async function startDemoServers(options: { realTmdb: boolean }): Promise<DemoServers> {
  const server = await startHostServer();
  const tmdb = options.realTmdb
    ? `the real TMDB (${API_HOST})`
    : `the TMDB stand-in at https://${API_HOST} → 127.0.0.1:${server.port}`;

  return {
    args: [
      `--host-resolver-rules=${resolverRules(server.port, options.realTmdb)}`,
      // The local server's certificate is self-signed, as in the e2e harness.
      '--ignore-certificate-errors',
    ],
    testKey: TEST_API_KEY,
    description: `Pages: saved copies served at their real addresses (127.0.0.1:${server.port}); TMDB: ${tmdb}`,
    close: () => server.close(),
  };
}
