import type { Insertable, Selectable } from 'kysely';
import type { Id, UtcTimeText } from '../column-types.ts';

/**
 * A phone that asked for push alerts (Web Push): one row per login and device (browser), as the browser's
 * `PushSubscription` gives it. The endpoint is unique: a device that subscribes again replaces its row. Removed when
 * the push service answers 404 or 410 (the subscription is gone) or when the person turns alerts off.
 */
export interface PushSubscriptionsTable {
  id: Id;
  user_id: Id;
  /** The push service's URL for this device (https). */
  endpoint: string;
  /** The device's P-256 public key (base64url), which the message is encrypted to (RFC 8291). */
  p256dh: string;
  /** The device's 16-byte authentication secret (base64url). */
  auth: string;
  /** What the person sees in the list of their devices ("Android · Chrome"); may be empty. */
  device: string;
  created_at: UtcTimeText;
}

/**
 * Alerts already sent, by what they were about (`event:<order event id>`, `remind:<order id>`): the primary key lets
 * exactly one server process claim each alert, so none goes out twice.
 */
export interface AlertDeliveriesTable {
  key: string;
  sent_at: UtcTimeText;
}

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;
export type NewPushSubscriptionRow = Insertable<PushSubscriptionsTable>;
