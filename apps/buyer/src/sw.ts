/// <reference lib="webworker" />
/**
 * The app's service worker, built by vite-plugin-pwa (injectManifest), which puts the precache list in
 * `self.__WB_MANIFEST`. What it does is shared by both apps: @nongsan/ui's `startAppWorker`.
 */
import { startAppWorker } from '@nongsan/ui/app-worker';
import type { PrecacheEntry } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

startAppWorker(self, self.__WB_MANIFEST);
