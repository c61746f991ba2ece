/// <reference lib="webworker" />
/**
 * What both apps' service workers do (each app's `src/sw.ts` calls `startAppWorker`; vite-plugin-pwa builds it with
 * Workbox and hands it the precache list): keep the app shell, answer the API and photos from what was saved when
 * the phone has no signal, and (seller) show push alerts. Typed with the WebWorker library (tsconfig.worker.json).
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

/** After this long without a page the saved shell is used: a village line that hangs is as good as none. */
const NETWORK_TIMEOUT_SECONDS = 4;
const WEEK_SECONDS = 7 * 24 * 3600;

export function startAppWorker(worker: ServiceWorkerGlobalScope, precache: (string | PrecacheEntry)[]): void {
  // The app shell (index.html, scripts, styles, icons, manifest), fetched once the page has loaded.
  precacheAndRoute(precache);
  cleanupOutdatedCaches();
  // A new version takes over at once: the shell is precached, and the API answers what the server has now.
  void worker.skipWaiting();
  clientsClaim();

  // Pages: the server's own (a shared link's preview tags), else the last one saved, else the precached shell.
  const pages = new NetworkFirst({
    cacheName: 'nongsan-pages',
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: WEEK_SECONDS })],
  });
  registerRoute(
    new NavigationRoute(async (options) => {
      try {
        return await pages.handle(options);
      } catch {
        return (await matchPrecache('index.html')) ?? Response.error();
      }
    }),
  );

  // The API's reads (tRPC queries are GETs): the fresh answer, or the last one saved when there is no signal. No
  // timeout here: a slow answer is still the truth (an inbox, an order's status), where a saved one may not be.
  // Changes (POSTs) are never cached nor replayed here.
  registerRoute(
    ({ url, request }) => request.method === 'GET' && url.pathname.startsWith('/trpc/'),
    new NetworkFirst({
      cacheName: 'nongsan-data',
      plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: WEEK_SECONDS })],
    }),
  );

  // Photos never change under their name (the server caches them for a year): keep the ones seen.
  registerRoute(
    ({ url }) => url.pathname.startsWith('/photos/'),
    new CacheFirst({
      cacheName: 'nongsan-photos',
      plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 4 * WEEK_SECONDS })],
    }),
  );
}
