import { type Kysely, sql } from 'kysely';

/** The schema builder a part of the first migration writes with (`Kysely<unknown>`: see migrations.ts). */
type Schema = Kysely<unknown>['schema'];

/** Orders, their lines and history, and the idempotency keys of checkouts. */
export async function createOrderTables(schema: Schema): Promise<void> {
  await schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('checkout_id', 'text', (c) => c.notNull())
    .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
    .addColumn('buyer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('delivery_address', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('subtotal', 'bigint', (c) => c.notNull())
    .addColumn('delivery_fee', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('payment_method', 'text', (c) => c.notNull())
    .addColumn('paid_amount', 'bigint')
    .addColumn('paid_at', 'text')
    .addColumn('tracking_code', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .addColumn('confirm_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('orders_zone_known', sql`zone in ('local', 'province', 'elsewhere')`)
    .addCheckConstraint('orders_amounts_not_negative', sql`subtotal >= 0 and delivery_fee >= 0`)
    .addCheckConstraint('orders_total_adds_up', sql`total = subtotal + delivery_fee`)
    .addCheckConstraint(
      'orders_paid_together',
      sql`(paid_at is null and paid_amount is null) or (paid_at is not null and paid_amount > 0)`,
    )
    .execute();

  await schema
    .createTable('order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('listing_id', 'text', (c) => c.notNull().references('listings.id'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('quantity_ordered', 'integer', (c) => c.notNull())
    .addColumn('quantity_packed', 'integer')
    .addColumn('line_total', 'bigint', (c) => c.notNull())
    .addColumn('pre_order', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('order_lines_position_unique', ['order_id', 'position'])
    .addCheckConstraint('order_lines_unit_known', sql`unit in ('kg', 'piece')`)
    .addCheckConstraint('order_lines_unit_price_positive', sql`unit_price > 0`)
    .addCheckConstraint('order_lines_quantity_ordered_positive', sql`quantity_ordered > 0`)
    .addCheckConstraint('order_lines_quantity_packed_not_negative', sql`quantity_packed >= 0`)
    .addCheckConstraint('order_lines_line_total_not_negative', sql`line_total >= 0`)
    .addCheckConstraint('order_lines_pre_order_flag', sql`pre_order in (0, 1)`)
    .addCheckConstraint('order_lines_position_not_negative', sql`position >= 0`)
    .execute();

  await schema
    .createTable('order_events')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('acting_for_household_id', 'text', (c) => c.references('households.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('idempotency_keys')
    .addColumn('buyer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['buyer_id', 'key'])
    .execute();
}
