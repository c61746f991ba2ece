/// <reference lib="webworker" />
/**
 * The seller app's service worker side of push alerts: shows what the server pushed (apps/server's order alerts:
 * title, text, the order's page) and opens that page when the notification is tapped.
 */

interface AlertPayload {
  readonly title: string;
  readonly body: string;
  readonly url: string;
  readonly tag: string;
}

function parseAlert(data: PushMessageData | null): AlertPayload | null {
  try {
    const alert = data?.json() as Partial<AlertPayload> | undefined;
    if (typeof alert?.title !== 'string' || typeof alert.url !== 'string') return null;
    return { title: alert.title, body: alert.body ?? '', url: alert.url, tag: alert.tag ?? alert.url };
  } catch {
    return null;
  }
}

export function showPushAlerts(worker: ServiceWorkerGlobalScope, base: string): void {
  worker.addEventListener('push', (event) => {
    const alert = parseAlert(event.data);
    if (!alert) return;
    event.waitUntil(
      worker.registration.showNotification(alert.title, {
        body: alert.body,
        tag: alert.tag,
        lang: 'vi',
        icon: `${base}icons/icon-192.png`,
        // Only a page of this app is ever opened from a notification.
        data: { url: alert.url.startsWith(base) ? alert.url : base },
      }),
    );
  });

  worker.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const url = new URL(String(event.notification.data?.url ?? base), worker.location.origin).href;
    event.waitUntil(
      (async () => {
        const windows = await worker.clients.matchAll({ type: 'window' });
        const open = windows.find((client) => new URL(client.url).pathname.startsWith(base));
        if (open) {
          await open.navigate(url);
          await open.focus();
          return;
        }
        await worker.clients.openWindow(url);
      })(),
    );
  });
}
