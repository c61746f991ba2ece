import type { Database } from '@nongsan/db';
import { type Kysely, sql } from 'kysely';

/** A device's push subscription, as the browser's `PushSubscription.toJSON()` gives its parts. */
export interface PushDevice {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

/** A device to alert about a shop's orders, with whose it is: the household's own login, or its helper's. */
export interface AlertRecipient extends PushDevice {
  readonly userId: string;
  /** The household the recipient looks after as its helper; null for the household's own login. */
  readonly helperOf: string | null;
}

/** An order event that may call for an alert, with what the alert says of its order. */
export interface AlertEvent {
  readonly eventId: string;
  readonly kind: string;
  readonly actorKind: string;
  readonly orderId: string;
  readonly shopId: string;
  readonly shopName: string;
  readonly total: number;
}

/** An order waiting for its household to confirm it, for the "12 hours left" alert. */
export interface WaitingOrder {
  readonly orderId: string;
  readonly shopId: string;
  readonly shopName: string;
  readonly total: number;
  readonly status: string;
  readonly confirmBy: Date;
}

export const eventAlertKey = (eventId: string) => `event:${eventId}`;
export const reminderAlertKey = (orderId: string) => `remind:${orderId}`;

export class PushRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps a device's subscription for a login; the same endpoint subscribed again (another login) is replaced. */
  async save(id: string, userId: string, device: PushDevice & { label: string }, now: Date): Promise<void> {
    await this.db
      .insertInto('push_subscriptions')
      .values({
        id,
        user_id: userId,
        endpoint: device.endpoint,
        p256dh: device.p256dh,
        auth: device.auth,
        device: device.label,
        created_at: now.toISOString(),
      })
      .onConflict((oc) =>
        oc.column('endpoint').doUpdateSet({
          user_id: userId,
          p256dh: device.p256dh,
          auth: device.auth,
          device: device.label,
          created_at: now.toISOString(),
        }),
      )
      .execute();
  }

  /** Forgets a device: the person turned alerts off (only their own), or the push service said it is gone. */
  async remove(endpoint: string, userId?: string): Promise<number> {
    let query = this.db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint);
    if (userId !== undefined) query = query.where('user_id', '=', userId);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countFor(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('push_subscriptions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The devices of whoever acts for a shop: the household's logins and the helper who looks after it now. */
  async recipientsFor(shopId: string): Promise<AlertRecipient[]> {
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .innerJoin('users', 'users.id', 'push_subscriptions.user_id')
      .select([
        'push_subscriptions.endpoint',
        'push_subscriptions.p256dh',
        'push_subscriptions.auth',
        'users.id as user_id',
        'users.household_id',
      ])
      .where('users.disabled_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('users.household_id', '=', shopId),
          eb(
            'users.id',
            '=',
            eb.selectFrom('households').select('helper_id').where('households.id', '=', shopId),
          ),
        ]),
      )
      .orderBy('push_subscriptions.id')
      .execute();
    return rows.map((row) => ({
      endpoint: row.endpoint,
      p256dh: row.p256dh,
      auth: row.auth,
      userId: row.user_id,
      helperOf: row.household_id === shopId ? null : shopId,
    }));
  }

  /**
   * Claims an alert for this process: true for exactly one caller per key, whichever server process asks (the
   * primary key decides), so an alert is sent once.
   */
  async claim(key: string, now: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('alert_deliveries')
      .values({ key, sent_at: now.toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** Placings and cancellations since `since` (committed: only those are visible) not yet alerted, oldest first. */
  async unsentEvents(since: Date, limit: number): Promise<AlertEvent[]> {
    const rows = await this.db
      .selectFrom('order_events')
      .innerJoin('orders', 'orders.id', 'order_events.order_id')
      .innerJoin('shops', 'shops.id', 'orders.shop_id')
      .select([
        'order_events.id',
        'order_events.kind',
        'order_events.actor_kind',
        'orders.id as order_id',
        'orders.shop_id',
        'shops.name as shop_name',
        'orders.total',
      ])
      .where('order_events.kind', 'in', ['placed', 'cancelled'])
      .where('order_events.at', '>=', since.toISOString())
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('alert_deliveries')
              .select('alert_deliveries.key')
              .whereRef('alert_deliveries.key', '=', sql<string>`'event:' || order_events.id`),
          ),
        ),
      )
      .orderBy('order_events.at')
      .orderBy('order_events.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      eventId: row.id,
      kind: row.kind,
      actorKind: row.actor_kind,
      orderId: row.order_id,
      shopId: row.shop_id,
      shopName: row.shop_name,
      total: Number(row.total),
    }));
  }

  /** Orders still waiting to be confirmed whose deadline falls in (now, until], not yet reminded of. */
  async unremindedWaiting(now: Date, until: Date, limit: number): Promise<WaitingOrder[]> {
    const rows = await this.db
      .selectFrom('orders')
      .innerJoin('shops', 'shops.id', 'orders.shop_id')
      .select([
        'orders.id',
        'orders.shop_id',
        'shops.name',
        'orders.total',
        'orders.status',
        'orders.confirm_by',
      ])
      .where('orders.status', '=', 'placed')
      .where('orders.confirm_by', '>', now.toISOString())
      .where('orders.confirm_by', '<=', until.toISOString())
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('alert_deliveries')
              .select('alert_deliveries.key')
              .whereRef('alert_deliveries.key', '=', sql<string>`'remind:' || orders.id`),
          ),
        ),
      )
      .orderBy('orders.confirm_by')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      orderId: row.id,
      shopId: row.shop_id,
      shopName: row.name,
      total: Number(row.total),
      status: row.status,
      confirmBy: new Date(row.confirm_by),
    }));
  }
}
