import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import { dialectOf } from './create-db.ts';
import type { Database } from './database.ts';
import { listingSearchFacts } from './listing-search-facts.ts';

/*
 * Migrations are listed here, in order, and written with Kysely's schema builder and plain SQL that SQLite and
 * PostgreSQL both accept, so one list builds the same schema on both. They are forward-only (no `down`): a mistake
 * is fixed by a new migration, never by editing one that has run. A migration takes `Kysely<unknown>`, not the
 * current `Database`, because it must keep compiling as the schema moves on.
 *
 * Column types: `text` for ids, names, times (UTC ISO 8601) and dates; `bigint` for money (amounts pass 2^31; the
 * pg driver is told to read int8 as a JS number, see create-db.ts); `integer` for quantities, counts and 0/1 flags.
 * Lists of allowed values are written out here rather than imported, so a migration keeps meaning what it meant.
 */

// Primary keys are declared NOT NULL as well: SQLite, for old compatibility, lets a text primary key hold null.
async function initial(db: Kysely<unknown>): Promise<void> {
  const { schema } = db;

  await schema
    .createTable('villages')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legacy_commune_code', 'text', (c) => c.notNull())
    .addColumn('current_commune_code', 'text', (c) => c.notNull())
    .addColumn('name_is_invented', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('villages_name_unique', ['legacy_commune_code', 'name'])
    .addCheckConstraint('villages_name_is_invented_flag', sql`name_is_invented in (0, 1)`)
    .execute();

  // households.helper_id points at users, and users.household_id at households: the households table comes
  // first and gets helper_id once users exists (ALTER TABLE … ADD COLUMN … REFERENCES works on both dialects).
  await schema
    .createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('village_id', 'text', (c) => c.notNull().references('villages.id'))
    .addColumn('head_name', 'text', (c) => c.notNull())
    .addColumn('is_lead', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('adoption_stage', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('households_is_lead_flag', sql`is_lead in (0, 1)`)
    .execute();

  await schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('village_id', 'text', (c) => c.references('villages.id'))
    .addColumn('team_role', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addUniqueConstraint('users_phone_unique', ['phone'])
    .addCheckConstraint('users_role_known', sql`role in ('seller', 'helper', 'buyer', 'official')`)
    .addCheckConstraint(
      'users_household_iff_seller',
      sql`(role = 'seller' and household_id is not null) or (role <> 'seller' and household_id is null)`,
    )
    .execute();

  await schema
    .alterTable('households')
    .addColumn('helper_id', 'text', (c) => c.references('users.id'))
    .execute();

  await schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('login_attempts')
    .addColumn('phone', 'text', (c) => c.primaryKey().notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_failed_at', 'text', (c) => c.notNull())
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addCheckConstraint('login_attempts_failures_not_negative', sql`failures >= 0`)
    .execute();

  await schema
    .createTable('household_members')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer', (c) => c.notNull())
    .addColumn('has_smartphone', 'integer', (c) => c.notNull())
    .addCheckConstraint('household_members_has_smartphone_flag', sql`has_smartphone in (0, 1)`)
    .execute();

  await schema
    .createTable('payment_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('holder_name', 'text')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('payment_accounts_number_unique', ['household_id', 'provider', 'account_number'])
    .addCheckConstraint('payment_accounts_kind_known', sql`kind in ('bank', 'e_wallet')`)
    .addCheckConstraint('payment_accounts_is_default_flag', sql`is_default in (0, 1)`)
    .execute();

  await schema
    .createTable('helper_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await schema
    .createTable('shops')
    // A shop's id is its household's id: one shop per household, found from either.
    .addColumn('id', 'text', (c) => c.primaryKey().notNull().references('households.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('listings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('stock', 'integer', (c) => c.notNull())
    .addColumn('min_order', 'integer', (c) => c.notNull())
    .addColumn('per_buyer_cap', 'integer')
    .addColumn('harvest_from', 'text')
    .addColumn('harvest_until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('listings_unit_price_positive', sql`unit_price > 0`)
    // The last line of defence for stock: a decrement that would go below zero fails even if a query forgot
    // its `stock >= ?` condition.
    .addCheckConstraint('listings_stock_not_negative', sql`stock >= 0`)
    .addCheckConstraint('listings_min_order_positive', sql`min_order > 0`)
    .addCheckConstraint('listings_cap_at_least_min', sql`per_buyer_cap is null or per_buyer_cap >= min_order`)
    .addCheckConstraint(
      'listings_harvest_dates',
      sql`(harvest_from is null and harvest_until is null) or harvest_from <= harvest_until`,
    )
    .execute();

  await schema
    .createTable('listing_photos')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('listing_id', 'text', (c) => c.notNull().references('listings.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('listing_photos_position_unique', ['listing_id', 'position'])
    .addCheckConstraint('listing_photos_size_positive', sql`byte_size > 0`)
    .addCheckConstraint('listing_photos_position_not_negative', sql`position >= 0`)
    .execute();

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

  await schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('actor_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

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

/**
 * An order's lines are read by order (every order shown, every step taken, a buyer's open quantities): without
 * this index each of those reads scanned every line ever sold.
 */
async function orderLinesByOrder(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('order_lines_by_order')
    .on('order_lines')
    .columns(['order_id', 'position'])
    .execute();
}

/**
 * The per-buyer cap counts what a buyer holds on open orders at every `orders.place`. Read from the listing's side
 * (the only index there was), that read grew with every line the listing ever sold; from the buyer's open orders,
 * then each order's line for the listing, it stays as small as what the buyer is waiting for.
 */
async function openOrdersByBuyer(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('orders_open_by_buyer').on('orders').columns(['buyer_id', 'status']).execute();
  await db.schema
    .createIndex('order_lines_by_order_and_listing')
    .on('order_lines')
    .columns(['order_id', 'listing_id'])
    .execute();
}

/**
 * The phone to call on delivery, given at checkout, becomes a column of its own (it used to be a sentence in the
 * note, or the seller called the buyer's account phone). SQLite adds a NOT NULL column only with a default; the
 * empty default fills just the rows there are now, and the UPDATE at once gives them the buyer's account phone: the
 * number the seller called for them until today, so the column is never empty and no reader needs a fallback.
 * Every order placed from now on writes the phone the buyer gave.
 */
async function ordersDeliveryPhone(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('orders')
    .addColumn('delivery_phone', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update orders set delivery_phone = (select users.phone from users where users.id = orders.buyer_id)`.execute(
    db,
  );
}

/**
 * A shop may turn cash on delivery off (a household far from the post office that cannot wait for the money, say):
 * a flag on the shop, on for every shop there is, as it was until now.
 */
async function shopsAcceptCashOnDelivery(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('shops')
    .addColumn('accepts_cash_on_delivery', 'integer', (c) =>
      c.notNull().defaultTo(1).check(sql`accepts_cash_on_delivery in (0, 1)`),
    )
    .execute();
}

/**
 * Search moves into the database. Each listing keeps its folded words twice: as one space-separated column
 * (`search_words`, for the phrase and first-word bonuses) and as rows of `listing_search_words` (one per distinct
 * word, indexed by word for the prefix lookups that find candidates and by listing for scoring). Its selling dates
 * (`pre_order_from`, `sell_from`, `sell_until`, from the domain's `listingSeason`) become columns so the in-season
 * filter, the phase order and "not over" are taken in SQL. Existing rows are backfilled here, in batches; every
 * write from now on keeps them in the same statement group as the listing change (ListingRepository).
 */
async function listingSearch(db: Kysely<unknown>): Promise<void> {
  for (const column of ['search_words', 'pre_order_from', 'sell_from', 'sell_until']) {
    await db.schema
      .alterTable('listings')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
  await db.schema
    .createTable('listing_search_words')
    .addColumn('listing_id', 'text', (c) => c.notNull().references('listings.id').onDelete('cascade'))
    // Prefix lookups are ranges (`word >= 'lon' and word < 'lon' || U+10FFFF`): they need code-point order, which
    // SQLite's default has and PostgreSQL has only under the "C" collation (the database's may be a locale's).
    .addColumn('word', 'text', (c) =>
      dialectOf(db as Kysely<Database>) === 'postgres'
        ? c.modifyFront(sql`collate "C"`).notNull()
        : c.notNull(),
    )
    .addPrimaryKeyConstraint('listing_search_words_pk', ['listing_id', 'word'])
    .execute();
  await db.schema
    .createIndex('listing_search_words_by_word')
    .on('listing_search_words')
    .columns(['word', 'listing_id'])
    .execute();
  await db.schema
    .createIndex('listings_by_season')
    .on('listings')
    .columns(['status', 'sell_until', 'sell_from'])
    .execute();
  type Row = {
    id: string;
    product_id: string;
    search_text: string;
    harvest_from: string | null;
    harvest_until: string | null;
    created_at: string;
  };
  let after = '';
  for (;;) {
    const rows = (
      await sql<Row>`select id, product_id, search_text, harvest_from, harvest_until, created_at from listings
        where id > ${after} order by id limit 500`.execute(db)
    ).rows;
    if (rows.length === 0) break;
    const words: { listing_id: string; word: string }[] = [];
    for (const row of rows) {
      const facts = listingSearchFacts(row);
      await sql`update listings set search_words = ${facts.search_words}, pre_order_from = ${facts.pre_order_from},
        sell_from = ${facts.sell_from}, sell_until = ${facts.sell_until} where id = ${row.id}`.execute(db);
      for (const word of facts.words) words.push({ listing_id: row.id, word });
    }
    for (let i = 0; i < words.length; i += 400) {
      await (db as Kysely<{ listing_search_words: { listing_id: string; word: string } }>)
        .insertInto('listing_search_words')
        .values(words.slice(i, i + 400))
        .execute();
    }
    after = (rows.at(-1) as Row).id;
  }
}

/**
 * One deployment holds many communes. A commune is today's (two-level, since 1 July 2025) commune by its 5-digit
 * code, with the names of the communes it was made of (`former_names`, as a person reads them). Villages already
 * carry their current commune's code; officials now carry one too: a commune official is appointed to a commune
 * (`commune_code`) and sees only it, a province official to a province (`province_code`, never with a commune) and
 * sees every commune of it. The only commune there was until now is xã Bắc Sơn (Long Đống's since the reform): its
 * row is written here, every village's commune gets a row (named by its code when not Bắc Sơn), and the officials
 * there are become Bắc Sơn's.
 */
async function communes(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('communes')
    .addColumn('code', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('former_names', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name_is_invented', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('communes_kind_known', sql`kind in ('xa', 'phuong')`)
    .addCheckConstraint('communes_name_is_invented_flag', sql`name_is_invented in (0, 1)`)
    .execute();
  await db.schema
    .createIndex('communes_by_province')
    .on('communes')
    .columns(['province_code', 'name'])
    .execute();
  await sql`insert into communes (code, name, kind, province_code, former_names)
    values ('06325', 'Bắc Sơn', 'xa', '20', 'thị trấn Bắc Sơn, xã Long Đống, xã Bắc Quỳnh')`.execute(db);
  await sql`insert into communes (code, name, kind, province_code)
    select distinct current_commune_code, current_commune_code, 'xa', substr(current_commune_code, 1, 2) from villages
    where current_commune_code not in (select code from communes)`.execute(db);
  await db.schema
    .createIndex('villages_by_commune')
    .on('villages')
    .columns(['current_commune_code', 'name'])
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('commune_code', 'text', (c) => c.references('communes.code'))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('province_code', 'text', (c) =>
      c.check(sql`province_code is null or (role = 'official' and commune_code is null)`),
    )
    .execute();
  await sql`update users set commune_code = '06325' where role = 'official'`.execute(db);
  await db.schema.createIndex('users_by_commune').on('users').columns(['commune_code', 'role']).execute();
}

/** Every migration, by name; names sort in the order they run. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': { up: initial },
  '0002_order_lines_by_order': { up: orderLinesByOrder },
  '0003_orders_open_by_buyer': { up: openOrdersByBuyer },
  '0004_orders_delivery_phone': { up: ordersDeliveryPhone },
  '0005_shops_accept_cash_on_delivery': { up: shopsAcceptCashOnDelivery },
  '0006_listing_search': { up: listingSearch },
  '0007_communes': { up: communes },
};

/** Hands the inline list to Kysely's Migrator (instead of reading a folder, which a bundled build would lose). */
function migrator(db: Kysely<Database>, list: Readonly<Record<string, Migration>>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => list } });
}

/** A migration that failed, named, with the database's own error as `cause`. Nothing of the run was kept. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly migrationName: string | null,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      migrationName === null
        ? `Database migration could not run: ${reason}`
        : `Database migration "${migrationName}" failed, so none of this run's migrations were applied: ${reason}`,
      { cause },
    );
  }
}

/**
 * Brings the schema up to the latest migration and returns the names of the migrations it applied (none when the
 * schema was already current). All-or-nothing on both dialects: a failure rolls the whole run back and throws a
 * `MigrationError` naming the migration that failed. Safe to run from several processes at once. `list` is for
 * tests of the machinery; everyone else runs `migrations`.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  list: Readonly<Record<string, Migration>> = migrations,
): Promise<string[]> {
  const resultSet =
    dialectOf(db) === 'sqlite' ? await migrateSqlite(db, list) : await migrator(db, list).migrateToLatest();
  const results = resultSet.results ?? [];
  if (resultSet.error !== undefined) {
    const failed = results.find((r) => r.status === 'Error');
    throw new MigrationError(failed?.migrationName ?? null, resultSet.error);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Kysely runs SQLite migrations outside a transaction and without a lock between processes (its adapter assumes
 * one connection). SQLite does have transactional DDL, so the run goes inside `BEGIN IMMEDIATE` on one connection:
 * that takes the write lock first (another process waits its busy timeout, then finds the schema current) and
 * makes the run atomic. PostgreSQL needs none of this: Kysely holds an advisory lock and one transaction there.
 */
async function migrateSqlite(
  db: Kysely<Database>,
  list: Readonly<Record<string, Migration>>,
): Promise<MigrationResultSet> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    let resultSet: MigrationResultSet;
    try {
      resultSet = await migrator(connection, list).migrateToLatest();
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
    await (resultSet.error === undefined ? sql`commit` : sql`rollback`).execute(connection);
    return resultSet;
  });
}

/** The migrations the database has run, in order, and those it has not run yet. */
export async function migrationStatus(
  db: Kysely<Database>,
): Promise<{ applied: string[]; pending: string[] }> {
  const all = await migrator(db, migrations).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
