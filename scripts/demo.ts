/**
 * The offline demo: loads the built extension into Chromium, stores a TMDB
 * key through the options page's own message, visits every saved real page at
 * its original address, prints what was found and matched, and saves
 * screenshots to artifacts/demo/.
 *
 *   npx tsx scripts/demo.ts [--headless]   (bash scripts/demo.sh sets up and builds first)
 *
 * Without TMDB_API_KEY it answers from the local TMDB stand-in; with it, from
 * the real TMDB (the pages still come from the local server). With DISPLAY
 * set the browser is visible and stays open until Ctrl+C.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type DemoBrowser } from './demo/browser';
import { extensionId, saveKey } from './demo/extension';
import { loadDemoPages } from './demo/pages';
import { formatPageHeading, formatSummary, formatTable } from './demo/report';
import { shootCard, shootOptions, shootPopup } from './demo/screenshots';
import { startDemoServers, type DemoServers } from './demo/servers';
import { pickCardTab, visitPage, type Visit } from './demo/visit';

const OUT_DIR = path.resolve('artifacts/demo');

interface DemoOptions {
  headless: boolean;
  /** Visit only pages whose site or address contains this text (`--only imdb`). */
  only: string | null;
  /** The user's own key for the real TMDB, or null for the stand-in. */
  realKey: string | null;
}

function readOptions(argv: string[], env: NodeJS.ProcessEnv): DemoOptions {
  const forcedHeadless = argv.includes('--headless');
  const onlyAt = argv.indexOf('--only');
  return {
    headless: forcedHeadless || !env.DISPLAY,
    only: onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').toLowerCase() : null,
    realKey: env.TMDB_API_KEY?.trim() || null,
  };
}

/** Stores the key the product's way; a failure is reported and the demo goes on. */
async function storeKey(browser: DemoBrowser, id: string, key: string): Promise<void> {
  try {
    const kind = await saveKey(browser.context, id, key);
    console.log(`Key stored through the options page (${kind}).`);
  } catch (error) {
    console.log(`Could not store the key: ${String(error)}. Badges will show the error state.`);
  }
}

async function visitAll(browser: DemoBrowser, only: string | null): Promise<Visit[]> {
  const visits: Visit[] = [];
  const pages = loadDemoPages().filter(
    (page) => only === null || `${page.site} ${page.url}`.toLowerCase().includes(only),
  );

  for (const [index, page] of pages.entries()) {
    const visit = await visitPage(browser.context, page, index, OUT_DIR);
    console.log(`\n${formatPageHeading(visit.result)}\n${formatTable(visit.result.rows)}`);
    visits.push(visit);
  }
  return visits;
}

async function takeScreenshots(browser: DemoBrowser, id: string, visits: Visit[]): Promise<void> {
  const cardTab = pickCardTab(visits);
  if (cardTab) {
    await cardTab.tab.bringToFront();
    await shootCard(cardTab.tab, OUT_DIR, '02-card.png');
  }
  const about = cardTab?.tab ?? null;
  await shootPopup(browser.context, id, about, { dir: OUT_DIR, name: '05-popup.png' });
  await shootOptions(browser.context, id, OUT_DIR, '06-options.png');
}

/** Resolves when the user presses Ctrl+C or closes the browser window. */
function untilInterrupted(browser: DemoBrowser): Promise<void> {
  console.log('\nThe browser stays open; press Ctrl+C (or close the window) to end the demo.');
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    browser.context.once('close', () => resolve());
  });
}

async function runDemo(options: DemoOptions, servers: DemoServers): Promise<void> {
  const browser = await launchWithExtension({ headless: options.headless, args: servers.args });
  try {
    const id = await extensionId(browser.context);
    await storeKey(browser, id, options.realKey ?? servers.testKey);

    const visits = await visitAll(browser, options.only);
    await takeScreenshots(browser, id, visits);

    const results = visits.map((visit) => visit.result);
    console.log(`\n${formatSummary(results)}`);
    if (results.some((result) => result.rows.some((row) => row.state === 'loading'))) {
      // Lookups start when a badge comes into view; hidden rows (e.g. collapsed carousels) never do.
      console.log(
        'Badges still loading were never on screen: titles are looked up as they appear.',
      );
    }
    console.log(`Screenshots: ${path.relative(process.cwd(), OUT_DIR)}/`);
    if (!options.headless) await untilInterrupted(browser);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No build in ${EXTENSION_DIR}: run npm run build first (demo.sh does).`);
    process.exit(1);
  }
  // Start from an empty folder so every picture in it is from this run.
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });

  const servers = await startDemoServers({ realTmdb: options.realKey !== null });
  console.log(servers.description);
  console.log(options.headless ? 'Chromium: headless' : 'Chromium: visible window');
  try {
    await runDemo(options, servers);
  } finally {
    await servers.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('The demo could not run:', error);
    process.exit(1);
  },
);
