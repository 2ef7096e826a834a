import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  webExt: { disabled: true },
  zip: {
    // AMO reviewers rebuild from the sources archive with `npm ci && npm run build:firefox`;
    // tests, demo output and store assets are not needed for that, so they stay out.
    excludeSources: [
      'tests/**',
      'artifacts/**',
      'test-results/**',
      'web-ext-artifacts/**',
      'docs/**',
      'store/**',
      // The demo and lint tools need the test harness; the icon maker stays for reviewers.
      'scripts/**',
      '**/*.log',
    ],
    includeSources: ['scripts/make-icons.mjs'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: registers the content script on all sites once the user opts in (all-sites.ts).
    permissions: ['storage', 'contextMenus', 'scripting'],
    // Only the API: posters and photos are plain <img> loads, which need no host permission.
    host_permissions: ['https://api.themoviedb.org/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Manifest V2 (our Firefox build) names the toolbar button's command differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
      },
    },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: the all-sites opt-in asks for this.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'reelcard@reelcard.app',
              // 140 is the first Firefox (and ESR) that knows data_collection_permissions.
              strict_min_version: '140.0',
              // Titles read from pages and the popup's searches are sent to TMDB to look them up.
              data_collection_permissions: { required: ['websiteContent', 'searchTerms'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
