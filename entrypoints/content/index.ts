/**
 * The content script on every site with an adapter (and, when the user opts
 * in, on all sites): finds titles, badges them and shows hover cards. The
 * work lives in ./app.ts; this file only declares the entrypoint.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportError } from '../../utils/logger';
import { SITE_MATCHES } from '../../utils/sites/matches';
import { startContentScript } from './app';

export default defineContentScript({
  matches: SITE_MATCHES,
  // From the start of parsing: on a big page, badges come while the rest is still arriving.
  runAt: 'document_start',
  async main(ctx) {
    try {
      await startContentScript(ctx);
    } catch (error) {
      reportError('content script', error);
    }
  },
});
