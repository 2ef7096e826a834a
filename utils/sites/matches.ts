/**
 * Match patterns of the sites that have an adapter. The content script is
 * injected only here unless the user opts in to all sites from the options
 * page, which asks for an optional host permission at that moment.
 */
export const SITE_MATCHES = [
  '*://*.netflix.com/*',
  '*://*.primevideo.com/*',
  '*://*.amazon.com/*',
  '*://*.disneyplus.com/*',
  '*://*.max.com/*',
  '*://*.hbomax.com/*',
  '*://*.hulu.com/*',
  '*://tv.apple.com/*',
  '*://*.imdb.com/*',
  '*://letterboxd.com/*',
  '*://*.rottentomatoes.com/*',
  '*://*.metacritic.com/*',
  '*://trakt.tv/*',
  '*://*.justwatch.com/*',
  '*://*.wikipedia.org/*',
];
