// Bookmarks of the hash-routed app (/#/alerts) open the same view at its own path (/alerts). Imported first by
// main.ts: the router reads the location when its module is evaluated.
if (window.location.hash.startsWith('#/')) window.history.replaceState(null, '', window.location.hash.slice(1));
