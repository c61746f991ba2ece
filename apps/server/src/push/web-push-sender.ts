import type { Agent } from 'node:https';
import type { PushDevice, PushOutcome, PushSender } from '@nongsan/api';
import webpush from 'web-push';
import type { VapidKeys } from './vapid-keys.ts';

/** Push services keep an undelivered alert this long: after 12 hours "confirm within 24 hours" is stale. */
const TTL_SECONDS = 12 * 3600;

/**
 * Web Push with the `web-push` library: the payload encrypted to the device (RFC 8291, aes128gcm), signed with the
 * server's VAPID key (RFC 8292), sent with high urgency. 404 and 410 mean the subscription is gone. `agent` is the
 * HTTPS agent to reach push services with (the tests trust their own push service's certificate through it).
 */
export function webPushSender(
  vapid: VapidKeys,
  options: { agent?: Agent; timeoutMs?: number } = {},
): PushSender {
  return {
    async send(device: PushDevice, payload: string): Promise<PushOutcome> {
      try {
        await webpush.sendNotification(
          { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
          payload,
          {
            vapidDetails: vapid,
            TTL: TTL_SECONDS,
            urgency: 'high',
            contentEncoding: 'aes128gcm',
            timeout: options.timeoutMs ?? 10_000,
            ...(options.agent ? { agent: options.agent } : {}),
          },
        );
        return 'sent';
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        return status === 404 || status === 410 ? 'gone' : 'failed';
      }
    },
  };
}
