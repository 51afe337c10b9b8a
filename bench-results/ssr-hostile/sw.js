// Precaches the whole app for offline use; generated at build time (scripts/vite-plugins.ts).
const CACHE = 'jwt-debugger-ffbea6734fd0';
const FILES = ["./","./bench-hostile-entry.js","./favicon.svg","./icon-192.png","./icon-512.png","./manifest.webmanifest","./theme.js","./trusted-types.js"];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only this origin's GETs: key discovery (opt-in, cross-origin) always goes to the network.
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: event.request.mode === 'navigate', ignoreVary: true }).then(
      (hit) =>
        hit ||
        // ignoreVary: dev and preview servers answer with 'Vary: Origin', and module scripts send an Origin.
        fetch(event.request).catch(() =>
          event.request.mode === 'navigate' ? caches.match('./') : Response.error(),
        ),
    ),
  );
});
