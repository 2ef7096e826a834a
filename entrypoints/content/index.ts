import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../utils/sites/matches';

export default defineContentScript({
  matches: SITE_MATCHES,
  main() {},
});
