/**
 * The runs of one page: what outlives a run (the card host, the shared
 * answers, the user's "not a title" choices) and when a new run starts — on
 * in-page navigation, when the site is switched on or off, and when the
 * language or region changes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adaptersFor, siteFor } from '../../utils/detect';
import { setLogging } from '../../utils/logger';
import { sendMessage } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { createCardHost } from './card-host';
import { createDetailsCache } from './details-cache';
import { createLookupPool } from './lookup-pool';
import { batchRecalls } from './recall-batch';
import type { PageState } from './page-answers';
import { startRun, type Run } from './run';

export interface PageRuns {
  /** The current run, if the page has one. */
  readonly run: Run | null;
  /** Aborts the current run (removing its badges) and starts a new one. */
  restart(): void;
  /** Takes new settings: restyles in place, or restarts when they change what runs. */
  applySettings(next: Settings): void;
  /** What the popup is told about this page. */
  state(): PageState;
}

/** Creates the page's shared parts; call `restart()` to start the first run. */
export function createPageRuns(ctx: ContentScriptContext, initial: Settings): PageRuns {
  let settings = initial;
  let run: Run | null = null;
  let controller: AbortController | null = null;
  let adapterIds = '';

  // Kept across runs: an in-page navigation that shows the same titles asks nothing again.
  const shared = {
    details: createDetailsCache(),
    pool: createLookupPool((query, priority) => sendMessage('lookup', { query, priority })),
    recall: batchRecalls((queries) => sendMessage('recall', { queries })),
    dismissed: new Set<string>(),
    cardHost: createCardHost(document, () => run?.card.close(false), ctx.signal),
  };
  ctx.onInvalidated(() => controller?.abort());

  const restart = () => {
    controller?.abort();
    if (ctx.isInvalid) return;
    controller = new AbortController();
    const adapters = adaptersFor(currentUrl(), settings);
    adapterIds = idsOf(adapters);
    run = startRun({ ...shared, adapters, settings: () => settings, signal: controller.signal });
  };

  const applySettings = (next: Settings) => {
    const before = settings;
    settings = next;
    setLogging(next.logging);

    // Answers in the old language or region are stale: drop them and badge the page afresh.
    const localeChanged = next.language !== before.language || next.region !== before.region;
    if (localeChanged) {
      shared.details.clear();
      shared.pool.clear();
    }
    // Switching this site off removes our badges; switching it on scans again.
    if (localeChanged || idsOf(adaptersFor(currentUrl(), next)) !== adapterIds) restart();
    else run?.restyle();
  };

  return {
    get run() {
      return run;
    },
    restart,
    applySettings,
    state: () => ({ run, site: siteFor(currentUrl())?.id ?? null, enabled: adapterIds !== '' }),
  };
}

function idsOf(adapters: { id: string }[]): string {
  return adapters.map((adapter) => adapter.id).join();
}

function currentUrl(): URL {
  return new URL(location.href);
}
