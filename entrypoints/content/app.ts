/**
 * The content script's lifetime on one page: settings, the card host, the
 * answers to the popup, and a run per page state. A new run starts on
 * in-page navigation and when the site is switched on or off; everything
 * stops when the extension context goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTrusted } from '../../components/shared/trusted';
import { adaptersFor, siteFor } from '../../utils/detect';
import { reportError, setLogging } from '../../utils/logger';
import { loadSettings, watchSettings } from '../../utils/settings';
import { createCardHost } from './card-host';
import { createDetailsCache } from './details-cache';
import { answerPopup } from './page-answers';
import { startRun, type Run } from './run';

/** Starts Reelcard on this page; resolves once the first run started. */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  let settings = await loadSettings();
  if (ctx.isInvalid) return;
  setLogging(settings.logging);

  const details = createDetailsCache();
  const dismissed = new Set<string>();
  let run: Run | null = null;
  let runController: AbortController | null = null;
  let adapterIds = '';
  const cardHost = createCardHost(document, () => run?.card.close(false), ctx.signal);

  const restart = () => {
    runController?.abort();
    if (ctx.isInvalid) return;
    runController = new AbortController();
    const adapters = adaptersFor(currentUrl(), settings);
    adapterIds = adapters.map((adapter) => adapter.id).join();
    run = startRun({
      adapters,
      settings: () => settings,
      cardHost,
      details,
      dismissed,
      signal: runController.signal,
    });
  };
  ctx.onInvalidated(() => runController?.abort());

  watchSettings((next) => {
    const before = settings;
    settings = next;
    setLogging(next.logging);
    if (next.language !== before.language || next.region !== before.region) details.clear();
    // Switching this site off removes our badges; switching it on scans again.
    const ids = adaptersFor(currentUrl(), next)
      .map((adapter) => adapter.id)
      .join();
    if (ids !== adapterIds) restart();
    else run?.restyle();
  }, ctx.signal);

  ctx.addEventListener(window, 'wxt:locationchange', () => restart());
  listenForRecovery(ctx, () => run);
  answerPopup(
    () => ({ run, site: siteFor(currentUrl())?.id ?? null, enabled: adapterIds !== '' }),
    ctx.signal,
  );
  restart();
}

/** Failed lookups ask again when the tab is shown again or the network comes back. */
function listenForRecovery(ctx: ContentScriptContext, run: () => Run | null): void {
  const retry = (event: Event) => {
    if (!isTrusted(event) || document.visibilityState !== 'visible') return;
    try {
      run()?.lookups.retryFailed();
    } catch (error) {
      reportError('retry after recovery', error);
    }
  };
  ctx.addEventListener(document, 'visibilitychange', retry);
  ctx.addEventListener(window, 'online', retry);
}

function currentUrl(): URL {
  return new URL(location.href);
}
