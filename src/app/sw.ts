/// <reference lib="webworker" />
/**
 * The app's service worker: the page and its script cached on install, served cache-first, so
 * the app opens offline once it has been loaded. A new build (another APP_VERSION) replaces the
 * cache. Only the app's own files are ever handled.
 */
declare const self: ServiceWorkerGlobalScope;
declare const APP_VERSION: string;

const CACHE = `par-tracker-app-${APP_VERSION}`;
const FILES = ['./', 'index.html', 'app.js', 'app.css', 'icon.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('par-tracker-app-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit ?? fetch(event.request)));
});

export {};
