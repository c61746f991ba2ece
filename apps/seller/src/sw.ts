/// <reference lib="webworker" />
/**
 * The app's service worker, built by vite-plugin-pwa (injectManifest), which puts the precache list in
 * `self.__WB_MANIFEST`. What it does is shared by both apps (@nongsan/ui's `startAppWorker`), plus push alerts.
 */
import { startAppWorker } from '@nongsan/ui/app-worker';
import type { PrecacheEntry } from 'workbox-precaching';
import { showPushAlerts } from './push/push-alerts-worker.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

startAppWorker(self, self.__WB_MANIFEST);
// Orders that need the household: new, cancelled by the buyer, 12 hours left to confirm.
showPushAlerts(self, '/seller/');
