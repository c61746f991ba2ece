import { type Kysely, sql } from 'kysely';

/** The schema builder a part of the first migration writes with (`Kysely<unknown>`: see migrations.ts). */
type Schema = Kysely<unknown>['schema'];

/** The first indexes, for the queries the server made then; each name says which. */
export async function createInitialIndexes(schema: Schema): Promise<void> {
  // Indexes for the queries the server makes; each name says which.
  const indexes: readonly [name: string, table: string, columns: readonly string[]][] = [
    ['users_by_household', 'users', ['household_id']],
    ['sessions_by_user', 'sessions', ['user_id']],
    ['sessions_by_expiry', 'sessions', ['expires_at']],
    ['households_by_village', 'households', ['village_id']],
    ['households_by_helper', 'households', ['helper_id']],
    ['household_members_by_household', 'household_members', ['household_id']],
    ['helper_assignments_by_helper', 'helper_assignments', ['helper_id', 'ended_at']],
    ['listings_by_product', 'listings', ['product_id', 'status', 'unit_price']],
    ['listings_by_shop', 'listings', ['shop_id', 'status']],
    ['listings_by_status', 'listings', ['status', 'updated_at']],
    ['orders_by_buyer', 'orders', ['buyer_id', 'placed_at']],
    ['orders_by_shop', 'orders', ['shop_id', 'status', 'placed_at']],
    ['orders_by_confirm_deadline', 'orders', ['status', 'confirm_by']],
    ['orders_by_checkout', 'orders', ['checkout_id']],
    ['order_lines_by_listing', 'order_lines', ['listing_id']],
    ['order_events_by_order', 'order_events', ['order_id', 'at']],
    ['idempotency_keys_by_age', 'idempotency_keys', ['created_at']],
    ['audit_log_by_household', 'audit_log', ['household_id', 'at']],
    ['audit_log_by_actor', 'audit_log', ['actor_user_id', 'at']],
  ];
  for (const [name, table, columns] of indexes) {
    await schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }

  // Partial unique indexes (both dialects have them): one open helper assignment per household, one default
  // payment account per household.
  await schema
    .createIndex('helper_assignments_one_open_per_household')
    .on('helper_assignments')
    .column('household_id')
    .unique()
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
  await schema
    .createIndex('payment_accounts_one_default_per_household')
    .on('payment_accounts')
    .column('household_id')
    .unique()
    .where(sql<boolean>`is_default = 1`)
    .execute();
}
