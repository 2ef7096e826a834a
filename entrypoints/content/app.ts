/**
 * The content script's lifetime on one page: settings, the answers to the
 * popup, and a run per page state (see ./page-runs.ts). Everything stops
 * when the extension context goes away (reload, update, uninstall).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTrusted } from '../../components/shared/trusted';
import { reportError, setLogging } from '../../utils/logger';
import { loadSettings, watchSettings } from '../../utils/settings';
import { answerPopup } from './page-answers';
import { createPageRuns } from './page-runs';
import type { Run } from './run';

/** Starts Reelcard on this page; resolves once the first run started. */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSettings();
  if (ctx.isInvalid) return;
  setLogging(settings.logging);

  const page = createPageRuns(ctx, settings);
  watchSettings((next) => page.applySettings(next), ctx.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => page.restart());
  listenForRecovery(ctx, () => page.run);
  answerPopup(() => page.state(), ctx.signal);
  page.restart();
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
