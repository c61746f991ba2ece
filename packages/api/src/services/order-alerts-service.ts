import {
  alertForEvent,
  CONFIRM_REMINDER_HOURS,
  needsConfirmReminder,
  type OrderAlertKind,
  orderAlert,
} from '@nongsan/domain';
import { eventAlertKey, type PushDevice, reminderAlertKey } from '../repositories/push-repository.ts';
import { repositoriesFor } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';

/** What became of one push: delivered to the push service, gone (404/410: forget the device), or failed otherwise. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

/** The port the host fills with Web Push (apps/server's web-push sender): one encrypted message to one device. */
export interface PushSender {
  send(device: PushDevice, payload: string): Promise<PushOutcome>;
}

/** What a notification carries to the seller app's service worker (apps/seller/src/sw.ts). */
export interface AlertPayload {
  readonly title: string;
  readonly body: string;
  /** The page the notification opens, under the seller app (`/seller/orders/…`). */
  readonly url: string;
  readonly tag: string;
}

/** Events older than this when the job first sees them are not alerted any more (a server that was down). */
const EVENT_WINDOW_MS = 15 * 60_000;
const BATCH = 100;

/**
 * The order alerts: finds what happened (new orders, buyers' cancellations, orders with 12 hours left to confirm)
 * in what is committed, claims each alert once across server processes, and pushes it to every device of the
 * household and its helper. It runs outside every order's transaction (a job, apps/server/src/jobs/order-alerts.ts),
 * so an order never waits for, nor fails because of, a push service.
 */
export class OrderAlertsService {
  constructor(
    private readonly deps: ServiceDeps & { readonly sender: PushSender; readonly appBase: string },
  ) {}

  /** One pass: sends what is due; returns how many pushes went out and how many gone devices were forgotten. */
  async runOnce(): Promise<{ sent: number; removed: number }> {
    const repos = repositoriesFor(this.deps.db);
    const now = this.deps.clock.now();
    const tally = { sent: 0, removed: 0 };
    for (const event of await repos.push.unsentEvents(new Date(now.getTime() - EVENT_WINDOW_MS), BATCH)) {
      const kind = alertForEvent(event);
      // Claimed either way: an event that calls for no alert is not looked at again.
      if (!(await repos.push.claim(eventAlertKey(event.eventId), now)) || kind === null) continue;
      await this.deliver(kind, event, tally);
    }
    const until = new Date(now.getTime() + CONFIRM_REMINDER_HOURS * 3_600_000);
    for (const order of await repos.push.unremindedWaiting(now, until, BATCH)) {
      if (!needsConfirmReminder(order, now)) continue;
      if (!(await repos.push.claim(reminderAlertKey(order.orderId), now))) continue;
      await this.deliver('confirm_soon', order, tally);
    }
    return tally;
  }

  private async deliver(
    kind: OrderAlertKind,
    order: { orderId: string; shopId: string; shopName: string; total: number },
    tally: { sent: number; removed: number },
  ): Promise<void> {
    const repos = repositoriesFor(this.deps.db);
    for (const recipient of await repos.push.recipientsFor(order.shopId)) {
      const alert = orderAlert(
        kind,
        { id: order.orderId, total: order.total, shopName: order.shopName },
        { helperOf: recipient.helperOf },
      );
      const payload: AlertPayload = {
        title: alert.title,
        body: alert.body,
        url: `${this.deps.appBase}${alert.path}`,
        tag: alert.tag,
      };
      let outcome: PushOutcome;
      try {
        outcome = await this.deps.sender.send(recipient, JSON.stringify(payload));
      } catch {
        outcome = 'failed';
      }
      if (outcome === 'sent') tally.sent += 1;
      if (outcome === 'gone') tally.removed += await repos.push.remove(recipient.endpoint);
    }
  }
}
