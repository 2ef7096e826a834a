/**
 * `npm run bench`: measures the production build (run `npm run build` first)
 * in Chromium against the TMDB stand-in with 80 ms of added latency, and
 * prints the figures with the budgets. Every wait is bounded and the whole
 * run is capped, so it always exits: 0 when it measured (budgets missed or
 * not), 1 when it could not run, 2 when it ran out of time.
 *
 * Options: BENCH_TILES (default 3000), BENCH_LATENCY_MS (default 80),
 * BENCH_ONLY=size|cost|visit to run one part.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildStressPage, STRESS_URL } from '../fixtures/stress/page';
import { startServers, CHROMIUM_PATH } from './env';
import { formatBudgets, formatRows } from './report';
import { runPageCost, runVisit, WARM_UP_HTML, WARM_UP_URL } from './scenarios';
import { chromeOutputDir, measureBuildSizes, REPO_ROOT } from './size';
import { budgetsOf } from './budgets';
import { rowsOf, type BenchResults } from './summary';

const TILES = Number(process.env.BENCH_TILES ?? 3000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 80);
const ONLY = process.env.BENCH_ONLY ?? 'all';
/** A generous cap: the bench takes about two minutes on two cores. */
const RUN_LIMIT_MS = 9 * 60_000;

function machine(): string {
  const chromium = existsSync(CHROMIUM_PATH)
    ? execFileSync(CHROMIUM_PATH, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim()
    : 'Chromium not found';
  const memory = `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`;
  return `${os.cpus().length} cores, ${memory}, ${chromium}, Node ${process.version}, ${new Date().toISOString()}`;
}

/**
 * Copies the build aside: other work may rebuild `.output` during the run,
 * and Chromium reloads an unpacked extension whose files change under it.
 */
function snapshotBuild(): string {
  const source = chromeOutputDir(REPO_ROOT);
  measureBuildSizes(source); // throws a clear "build first" when there is no build
  const copy = mkdtempSync(path.join(os.tmpdir(), 'reelcard-bench-build-'));
  cpSync(source, copy, { recursive: true });
  process.on('exit', () => rmSync(copy, { recursive: true, force: true }));
  return copy;
}

async function measure(): Promise<BenchResults> {
  const outputDir = snapshotBuild();
  const sizes = measureBuildSizes(outputDir);
  const results: BenchResults = {
    tiles: TILES,
    latencyMs: LATENCY_MS,
    sizes,
    pageCost: null,
    visit: null,
  };
  if (ONLY === 'size') return results;

  const stress = buildStressPage(TILES);
  const server = await startServers(LATENCY_MS);
  server.addPage(STRESS_URL, stress.html);
  server.addPage(WARM_UP_URL, WARM_UP_HTML);
  try {
    // A failed part is reported and the other still runs: half a report beats none.
    if (ONLY === 'all' || ONLY === 'cost') {
      results.pageCost = await runPageCost(server, outputDir, STRESS_URL).catch(
        failed('Page cost'),
      );
    }
    if (ONLY === 'all' || ONLY === 'visit') {
      results.visit = await runVisit(server, outputDir, STRESS_URL).catch(failed('The visit'));
    }
  } finally {
    await server.close();
  }
  return results;
}

function failed(part: string) {
  return (error: unknown) => {
    console.error(`${part} could not be measured:`, error instanceof Error ? error.message : error);
    return null;
  };
}

async function main(): Promise<void> {
  const timer = setTimeout(() => {
    console.error(`The bench ran past ${RUN_LIMIT_MS / 60_000} minutes; stopping.`);
    process.exit(2);
  }, RUN_LIMIT_MS);
  timer.unref();

  const started = Date.now();
  const results = await measure();
  console.log(`# Reelcard bench: ${results.tiles} tiles, stand-in latency ${results.latencyMs} ms`);
  console.log(`Machine: ${machine()}`);
  console.log(formatRows(rowsOf(results)));
  console.log(formatBudgets(budgetsOf(results)));
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
