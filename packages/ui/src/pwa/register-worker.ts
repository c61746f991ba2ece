/** The Cache Storage names the apps' service workers keep data in (apps/<app>/src/sw.ts via `startAppWorker`). */
export const SAVED_DATA_CACHES = ['nongsan-data', 'nongsan-pages'] as const;

/**
 * Registers the app's service worker (`<base>/sw.js`, built by vite-plugin-pwa) once the first screen is done: after
 * the page's `load` and after `after` (the buyer's first listings) settles, so neither the worker nor what it
 * precaches competes with the first screen on a slow line. `enabled` is false under `vite dev`, which builds no
 * worker (`import.meta.env.PROD` in the app).
 */
export function registerAppWorker(options: {
  base: string;
  enabled: boolean;
  after?: Promise<unknown> | undefined;
}): void {
  if (!options.enabled || !('serviceWorker' in navigator)) return;
  const loaded = new Promise<void>((done) => {
    if (document.readyState === 'complete') done();
    else window.addEventListener('load', () => done(), { once: true });
  });
  void Promise.all([loaded, options.after?.catch(() => undefined)]).then(() =>
    navigator.serviceWorker.register(`${options.base}/sw.js`, { scope: `${options.base}/` }).catch(() => {
      // No worker (private mode, an old browser): the app works online as before.
    }),
  );
}

/** Forgets what the worker saved of the API and pages (on signing out: the next person on the phone sees none of it). */
export async function forgetSavedData(): Promise<void> {
  if (!('caches' in window)) return;
  await Promise.all(SAVED_DATA_CACHES.map((name) => caches.delete(name)));
}
