import { type Database, dialectOf, type OrderEventRow, type OrderLineRow, type OrderRow } from '@nongsan/db';
import {
  type ActorKind,
  type Address,
  confirmDeadline,
  DeliveryZoneSchema,
  lineTotal,
  type Order,
  type OrderEvent,
  type OrderEventKind,
  type OrderLine,
  type OrderStatus,
  OrderStatusSchema,
  PaymentMethodSchema,
  ProductIdSchema,
} from '@nongsan/domain';
import { type Kysely, sql } from 'kysely';
import { newId } from '../ids.ts';
import { afterPosition, type KeyPosition } from './keyset.ts';

/** A stored order: the domain's order plus its version (optimistic steps) and the delivery address. */
export interface StoredOrder extends Order {
  readonly version: number;
  readonly deliveryAddress: Address;
  readonly confirmBy: Date;
}

/** One history entry as stored, for showing an order's timeline. */
export interface StoredOrderEvent extends OrderEvent {
  readonly id: string;
}

function toLine(row: OrderLineRow): OrderLine {
  return {
    listingId: row.listing_id,
    productId: ProductIdSchema.parse(row.product_id),
    title: row.title,
    unit: row.unit,
    unitPrice: row.unit_price,
    quantity: row.quantity_ordered,
    packedQuantity: row.quantity_packed,
    preOrder: row.pre_order === 1,
  };
}

function toOrder(row: OrderRow, lines: readonly OrderLine[]): StoredOrder {
  const paid = row.paid_at !== null && row.paid_amount !== null;
  return {
    id: row.id,
    checkoutId: row.checkout_id,
    shopId: row.shop_id,
    buyerId: row.buyer_id,
    status: OrderStatusSchema.parse(row.status),
    zone: DeliveryZoneSchema.parse(row.zone),
    lines,
    totals: { subtotal: row.subtotal, deliveryFee: row.delivery_fee, total: row.total },
    payment: {
      method: PaymentMethodSchema.parse(row.payment_method),
      status: paid ? 'paid' : 'unpaid',
      paidAmount: paid ? row.paid_amount : null,
      paidAt: paid && row.paid_at !== null ? new Date(row.paid_at) : null,
    },
    deliveryPhone: row.delivery_phone,
    note: row.note,
    trackingCode: row.tracking_code,
    closeReason: row.close_reason,
    placedAt: new Date(row.placed_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
    deliveryAddress: JSON.parse(row.delivery_address) as Address,
    confirmBy: new Date(row.confirm_by),
  };
}

function toEvent(row: OrderEventRow): StoredOrderEvent {
  return {
    id: row.id,
    orderId: row.order_id,
    at: new Date(row.at),
    kind: row.kind as OrderEventKind,
    from: row.from_status === null ? null : OrderStatusSchema.parse(row.from_status),
    to: OrderStatusSchema.parse(row.to_status),
    actor: {
      kind: row.actor_kind as ActorKind,
      userId: row.actor_user_id,
      actingForHouseholdId: row.acting_for_household_id,
    },
    details: JSON.parse(row.details) as Record<string, string | number>,
  };
}

/** The statuses of an order still holding its stock (what the per-buyer cap counts). */
export const OPEN_ORDER_STATUSES = ['placed', 'confirmed', 'handed_over'] as const;

/** Rows per insert statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 200;

export function orderRow(order: Order, deliveryAddress: Address) {
  return {
    id: order.id,
    checkout_id: order.checkoutId,
    shop_id: order.shopId,
    buyer_id: order.buyerId,
    status: order.status,
    zone: order.zone,
    delivery_address: JSON.stringify(deliveryAddress),
    delivery_phone: order.deliveryPhone,
    note: order.note,
    subtotal: order.totals.subtotal,
    delivery_fee: order.totals.deliveryFee,
    total: order.totals.total,
    payment_method: order.payment.method,
    paid_amount: order.payment.paidAmount,
    paid_at: order.payment.paidAt?.toISOString() ?? null,
    tracking_code: order.trackingCode,
    close_reason: order.closeReason,
    placed_at: order.placedAt.toISOString(),
    confirm_by: confirmDeadline(order).toISOString(),
    updated_at: order.updatedAt.toISOString(),
  };
}

export function lineRows(order: Order) {
  return order.lines.map((line, position) => ({
    id: newId('oli'),
    order_id: order.id,
    listing_id: line.listingId,
    product_id: line.productId,
    title: line.title,
    unit: line.unit,
    unit_price: line.unitPrice,
    quantity_ordered: line.quantity,
    quantity_packed: line.packedQuantity,
    line_total: lineTotal(line),
    pre_order: line.preOrder ? (1 as const) : (0 as const),
    position,
  }));
}

export function eventRow(event: OrderEvent) {
  return {
    id: newId('oev'),
    order_id: event.orderId,
    at: event.at.toISOString(),
    actor_kind: event.actor.kind,
    actor_user_id: event.actor.userId,
    acting_for_household_id: event.actor.actingForHouseholdId,
    kind: event.kind,
    from_status: event.from,
    to_status: event.to,
    details: JSON.stringify(event.details),
  };
}

/** What filters an order list: a buyer's, a shop's, by status (or all but one), after a page's last order. */
export interface OrderFilter {
  readonly buyerId?: string;
  readonly shopId?: string;
  readonly statuses?: readonly OrderStatus[];
  readonly exceptStatus?: OrderStatus;
  /** The (placed at, id) of the previous page's last order: the orders placed before it. */
  readonly after?: KeyPosition | undefined;
  readonly limit: number;
}

export class OrderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(order: Order, deliveryAddress: Address): Promise<void> {
    await this.insertMany([{ order, deliveryAddress }]);
  }

  /** Writes new orders with their lines, in batches (the demo seed writes a commune's year at once). */
  async insertMany(entries: readonly { order: Order; deliveryAddress: Address }[]): Promise<void> {
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      await this.db
        .insertInto('orders')
        .values(batch.map(({ order, deliveryAddress }) => orderRow(order, deliveryAddress)))
        .execute();
      const lines = batch.flatMap(({ order }) => lineRows(order));
      for (let j = 0; j < lines.length; j += BATCH)
        await this.db
          .insertInto('order_lines')
          .values(lines.slice(j, j + BATCH))
          .execute();
    }
  }

  /**
   * Writes a step's result if the order is still at `expectedVersion` (nobody took another step since it was
   * read); false otherwise, so two concurrent steps cannot both apply. Lines are rewritten when their packed
   * weights changed.
   */
  async update(order: Order, expectedVersion: number, linesChanged = false): Promise<boolean> {
    const result = await this.db
      .updateTable('orders')
      .set((eb) => ({
        status: order.status,
        subtotal: order.totals.subtotal,
        delivery_fee: order.totals.deliveryFee,
        total: order.totals.total,
        payment_method: order.payment.method,
        paid_amount: order.payment.paidAmount,
        paid_at: order.payment.paidAt?.toISOString() ?? null,
        tracking_code: order.trackingCode,
        close_reason: order.closeReason,
        updated_at: order.updatedAt.toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', order.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    if (linesChanged) {
      for (const [position, line] of order.lines.entries()) {
        await this.db
          .updateTable('order_lines')
          .set({ quantity_packed: line.packedQuantity, line_total: lineTotal(line) })
          .where('order_id', '=', order.id)
          .where('position', '=', position)
          .execute();
      }
    }
    return true;
  }

  async insertEvents(events: readonly OrderEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += BATCH) {
      await this.db
        .insertInto('order_events')
        .values(events.slice(i, i + BATCH).map(eventRow))
        .execute();
    }
  }

  private async withLines(rows: readonly OrderRow[]): Promise<StoredOrder[]> {
    if (rows.length === 0) return [];
    const lines = await this.db
      .selectFrom('order_lines')
      .selectAll()
      .where(
        'order_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('order_id')
      .orderBy('position')
      .execute();
    const byOrder = new Map<string, OrderLine[]>();
    for (const line of lines) {
      const list = byOrder.get(line.order_id) ?? [];
      list.push(toLine(line));
      byOrder.set(line.order_id, list);
    }
    return rows.map((row) => toOrder(row, byOrder.get(row.id) ?? []));
  }

  async findById(id: string): Promise<StoredOrder | null> {
    const row = await this.db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    return (await this.withLines([row]))[0] ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<StoredOrder[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('orders').selectAll().where('id', 'in', ids).execute();
    const found = await this.withLines(rows);
    const byId = new Map(found.map((o) => [o.id, o]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Orders newest first (placed at, then id), filtered by buyer, shop and status; a page of a buyer's or a shop's
   * orders seeks in `orders_by_buyer_and_time` / `orders_by_shop_and_time`.
   */
  async list(filter: OrderFilter): Promise<StoredOrder[]> {
    let query = this.db.selectFrom('orders').selectAll();
    if (filter.buyerId !== undefined) query = query.where('buyer_id', '=', filter.buyerId);
    if (filter.shopId !== undefined) query = query.where('shop_id', '=', filter.shopId);
    if (filter.statuses !== undefined && filter.statuses.length > 0)
      query = query.where('status', 'in', filter.statuses);
    if (filter.exceptStatus !== undefined) query = query.where('status', '!=', filter.exceptStatus);
    if (filter.after !== undefined)
      query = query.where(afterPosition('placed_at', 'id', filter.after, 'desc'));
    const rows = await query.orderBy('placed_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    return this.withLines(rows);
  }

  /** Orders still `placed` whose confirmation deadline has passed at `now` (the auto-cancel's work). */
  async overdueIds(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('orders')
      .select('id')
      .where('status', '=', 'placed')
      .where('confirm_by', '<=', now.toISOString())
      .orderBy('confirm_by')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  async events(orderId: string): Promise<StoredOrderEvent[]> {
    const rows = await this.db
      .selectFrom('order_events')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map(toEvent);
  }

  /**
   * Makes the buyer's checkouts run one after another until this transaction ends, so the open quantities read next
   * include every checkout of theirs that committed before (the per-buyer cap) and a twin request with the same
   * idempotency key finds the first one's answer.
   *
   * Why a lock on the buyer's row: only the same buyer's checkouts wait for each other (they are few, and must be
   * ordered anyway), the cap stays one rule in the domain over what is read, and nothing extra must be kept in step
   * on every cancellation and weighing (a kept "held quantity" would); SERIALIZABLE would also abort unrelated
   * checkouts racing for one listing's stock and need a retry loop. `FOR NO KEY UPDATE` does not block the foreign
   * key checks of other rows pointing at the user. SQLite needs nothing: the transaction is `BEGIN IMMEDIATE`
   * (see `inTransaction`), so it holds the only write lock of the file from its first read.
   */
  async lockBuyer(buyerId: string): Promise<void> {
    if (dialectOf(this.db) === 'sqlite') return;
    await sql`select id from users where id = ${buyerId} for no key update`.execute(this.db);
  }

  /**
   * The newest change among a shop's orders, how many await confirmation and the sum of their versions (every step
   * adds one, also one taken by the bank's notification at the same clock time): cheap to poll for the inbox.
   */
  async inboxVersion(
    shopId: string,
  ): Promise<{ latest: string | null; total: number; waiting: number; steps: number }> {
    const row = await this.db
      .selectFrom('orders')
      .select((eb) => [
        eb.fn.max('updated_at').as('latest'),
        eb.fn.countAll<number>().as('total'),
        eb.fn.sum<number>(eb.case().when('status', '=', 'placed').then(1).else(0).end()).as('waiting'),
        eb.fn.sum<number>('version').as('steps'),
      ])
      .where('shop_id', '=', shopId)
      .executeTakeFirst();
    return {
      latest: row?.latest ?? null,
      total: Number(row?.total ?? 0),
      waiting: Number(row?.waiting ?? 0),
      steps: Number(row?.steps ?? 0),
    };
  }

  /** Each shop's village, for the delivery zone of an order. */
  async shopVillages(shopIds: readonly string[]): Promise<Map<string, string>> {
    if (shopIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('households')
      .select(['id', 'village_id'])
      .where('id', 'in', shopIds)
      .execute();
    return new Map(rows.map((r) => [r.id, r.village_id]));
  }
}
