import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import { dialectOf } from './create-db.ts';
import type { Database } from './database.ts';
import { listingSearchFacts, listingTypoKeys } from './listing-search-facts.ts';
import { initial } from './migration-0001/initial.ts';

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

/**
 * Typo-tolerant search: each listing keeps the typo keys of its words (the domain's `typoKeys`: a word and the word
 * with each one letter left out) in `listing_search_keys`, indexed by key, so a query word one typo away from a
 * listing word is found by equality on both databases. Existing listings get theirs here, from `search_words`;
 * every write from now on keeps them with the listing's words (ListingRepository).
 */
async function listingTypoKeysTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('listing_search_keys')
    .addColumn('listing_id', 'text', (c) => c.notNull().references('listings.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('listing_search_keys_pk', ['listing_id', 'key'])
    .execute();
  await db.schema
    .createIndex('listing_search_keys_by_key')
    .on('listing_search_keys')
    .columns(['key', 'listing_id'])
    .execute();
  let after = '';
  for (;;) {
    const rows = (
      await sql<{ id: string; search_words: string }>`select id, search_words from listings
        where id > ${after} order by id limit 500`.execute(db)
    ).rows;
    const last = rows.at(-1);
    if (last === undefined) break;
    const keys = rows.flatMap((row) =>
      listingTypoKeys(row.search_words.split(' ').filter((w) => w !== '')).map((key) => ({
        listing_id: row.id,
        key,
      })),
    );
    for (let i = 0; i < keys.length; i += 400) {
      await (db as Kysely<{ listing_search_keys: { listing_id: string; key: string } }>)
        .insertInto('listing_search_keys')
        .values(keys.slice(i, i + 400))
        .execute();
    }
    after = last.id;
  }
}

/**
 * Push alerts (Web Push): each login's devices that asked for them, and the alerts already sent (claimed by key, so
 * several server processes send each once); order events found by kind and time for the alert job.
 */
async function pushAlerts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('push_subscriptions_endpoint_https', sql`endpoint like 'https://%'`)
    .execute();
  await db.schema
    .createIndex('push_subscriptions_by_user')
    .on('push_subscriptions')
    .columns(['user_id'])
    .execute();
  await db.schema
    .createTable('alert_deliveries')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_events_by_kind_and_time')
    .on('order_events')
    .columns(['kind', 'at'])
    .execute();
}

/**
 * Every index is written again on every insert and on every update of one of its columns, and on SQLite each is at
 * least one more page in the WAL per checkout (34 pages an order before this): the indexes no query needs go.
 * - `order_lines_by_order` (order_id, position) is the unique key `order_lines_position_unique` a second time.
 * - `orders_by_checkout`: no query looks orders up by checkout.
 * - `listings_by_status` (status, updated_at): every stock move rewrote its entry (updated_at changes), and the
 *   listings by status are found through `listings_by_season`, which begins with status.
 */
async function orderWriteIndexes(db: Kysely<unknown>): Promise<void> {
  for (const name of ['order_lines_by_order', 'orders_by_checkout', 'listings_by_status'])
    await db.schema.dropIndex(name).execute();
}

/**
 * Pre-aggregated figures for the province's overview, so it never scans every order or household: per village its
 * households, shops and lead households (`village_figures`), and per village and month (Vietnam's time) its sold
 * orders, grams, pieces and VND of goods (`village_month_sales`). A job refreshes them (`figures_refresh` keeps when,
 * and up to which order change it has read, so each run recomputes only the months of the villages whose orders
 * changed since).
 */
async function figures(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('village_figures')
    .addColumn('village_id', 'text', (c) => c.primaryKey().notNull().references('villages.id'))
    .addColumn('households', 'integer', (c) => c.notNull())
    .addColumn('shops', 'integer', (c) => c.notNull())
    .addColumn('lead_households', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('village_month_sales')
    .addColumn('village_id', 'text', (c) => c.notNull().references('villages.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('orders', 'integer', (c) => c.notNull())
    .addColumn('grams', 'bigint', (c) => c.notNull())
    .addColumn('pieces', 'bigint', (c) => c.notNull())
    .addColumn('vnd', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_month_sales_pk', ['village_id', 'month'])
    .execute();
  await db.schema
    .createTable('figures_refresh')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('refreshed_at', 'text', (c) => c.notNull())
    .addColumn('orders_seen_until', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('orders_by_change').on('orders').columns(['updated_at']).execute();
}

/**
 * Transfers confirmed by the bank: a household's bank account may be linked to the bank-notification service
 * (SePay), and every transaction the service reports is kept, once per service and notification id (the unique
 * key that makes a replayed notification do nothing), with what it decided: the order it paid, or why it waits for
 * the seller to settle it by hand.
 */
async function bankTransfers(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('payment_accounts')
    .addColumn('bank_feed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('bank_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id'))
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('gateway', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('expected_amount', 'bigint')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('bank_reference', 'text')
    .addColumn('transaction_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('settled_at', 'text')
    .addColumn('settled_by', 'text', (c) => c.references('users.id'))
    .addColumn('settle_note', 'text')
    .addUniqueConstraint('bank_transfers_notification_unique', ['provider', 'provider_id'])
    .addCheckConstraint('bank_transfers_direction_known', sql`direction in ('in', 'out')`)
    .addCheckConstraint('bank_transfers_amount_positive', sql`amount > 0`)
    .addCheckConstraint(
      'bank_transfers_outcome_known',
      sql`outcome in ('paid', 'unmatched', 'underpaid', 'overpaid', 'already_paid', 'order_closed', 'not_bank_transfer')`,
    )
    .execute();
  await db.schema
    .createIndex('bank_transfers_by_household')
    .on('bank_transfers')
    .columns(['household_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('payment_accounts_by_number')
    .on('payment_accounts')
    .columns(['account_number', 'kind'])
    .execute();
}

/**
 * Ratings and reviews: one per order (its key), by its buyer, with the shop's one answer and, when a helper or
 * official hid it, who and why. Listed by shop, newest first.
 */
async function reviews(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reviews')
    .addColumn('order_id', 'text', (c) => c.primaryKey().notNull().references('orders.id'))
    .addColumn('shop_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('buyer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('photo', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_by', 'text', (c) => c.references('users.id'))
    .addColumn('hide_reason', 'text')
    .addCheckConstraint('reviews_rating_stars', sql`rating between 1 and 5`)
    .execute();
  await db.schema.createIndex('reviews_by_shop').on('reviews').columns(['shop_id', 'created_at']).execute();
}

/**
 * Buyers' photos (for reviews and complaints): who uploaded each and what it was attached to, once; by buyer and
 * time, to find the ones that waited too long.
 */
async function buyerPhotos(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('buyer_photos')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('buyer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('attached_to', 'text')
    .addColumn('attached_at', 'text')
    .execute();
  await db.schema
    .createIndex('buyer_photos_by_buyer')
    .on('buyer_photos')
    .columns(['buyer_id', 'uploaded_at'])
    .execute();
}

/**
 * Indexes for the lists read a page at a time (keyset on a (time or name, id) pair, never OFFSET): each seeks to
 * the previous page's last item and reads one page in order. The buyer's orders, the village's households and
 * the household's log had an index on the first of the pair; it gains the id, which breaks ties between equal
 * times or names.
 */
async function pageIndexes(db: Kysely<unknown>): Promise<void> {
  const replaced: readonly [old: string | null, name: string, table: string, columns: readonly string[]][] = [
    ['orders_by_buyer', 'orders_by_buyer_and_time', 'orders', ['buyer_id', 'placed_at', 'id']],
    [null, 'orders_by_shop_and_time', 'orders', ['shop_id', 'placed_at', 'id']],
    [null, 'listings_by_shop_and_change', 'listings', ['shop_id', 'updated_at', 'id']],
    [
      'households_by_village',
      'households_by_village_and_head',
      'households',
      ['village_id', 'head_name', 'id'],
    ],
    ['audit_log_by_household', 'audit_log_by_household_and_time', 'audit_log', ['household_id', 'at', 'id']],
  ];
  for (const [old, name, table, columns] of replaced) {
    if (old !== null) await db.schema.dropIndex(old).execute();
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }
}

/**
 * Complaints about delivered orders and their refunds: one per order (unique), the refund account a buyer gave,
 * the refund (whole đồng, above zero) and the shop's answer. Found by the escalation job (unsettled, not yet
 * escalated, oldest first) and listed by shop, newest first.
 */
async function complaints(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('order_id', 'text', (c) => c.notNull().unique().references('orders.id'))
    .addColumn('shop_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('buyer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('refund_bin', 'text')
    .addColumn('refund_account_number', 'text')
    .addColumn('refund_holder_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('escalated_at', 'text')
    .addColumn('refund_amount', 'bigint')
    .addColumn('refund_method', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('refund_paid_at', 'text')
    .addColumn('refund_paid_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('complaints_kind_known', sql`kind in ('damaged', 'short_weight', 'wrong_product')`)
    .addCheckConstraint(
      'complaints_status_known',
      sql`status in ('open', 'refund_due', 'refunded', 'declined')`,
    )
    .addCheckConstraint(
      'complaints_refund_with_amount',
      sql`(status in ('refund_due', 'refunded')) = (refund_amount is not null and refund_amount > 0 and refund_method is not null and refund_method in ('bank_transfer', 'cash'))`,
    )
    .addCheckConstraint('complaints_declined_with_reason', sql`(status = 'declined') = (answer is not null)`)
    .addCheckConstraint(
      'complaints_paid_when_refunded',
      sql`(status = 'refunded') = (refund_paid_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('complaints_to_escalate')
    .on('complaints')
    .columns(['escalated_at', 'status', 'filed_at'])
    .execute();
  await db.schema
    .createIndex('complaints_by_shop')
    .on('complaints')
    .columns(['shop_id', 'filed_at'])
    .execute();
}

/**
 * Origin pages: a household may say how many OCOP stars (Vietnam's One Commune One Product rating, 1 to 5) its
 * product was awarded; null when it has none or does not say.
 */
async function listingOcopStars(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('listings')
    .addColumn('ocop_stars', 'integer', (c) =>
      c.check(sql`ocop_stars is null or (ocop_stars >= 1 and ocop_stars <= 5)`),
    )
    .execute();
}

/**
 * Every village is in a commune the database knows: a foreign key from `villages.current_commune_code` to
 * `communes.code`, so a village with an unknown commune is refused. A commune some village names but the table
 * lacks is added first, named by its code, as 0007 did. PostgreSQL adds the constraint; SQLite cannot add one to a
 * table, so the table is rebuilt with it (its rows, its unique and check constraints and its index kept), with
 * foreign keys off meanwhile and checked before the run commits (see `migrateSqlite`).
 */
async function villagesInKnownCommunes(db: Kysely<unknown>): Promise<void> {
  await sql`insert into communes (code, name, kind, province_code)
    select distinct current_commune_code, current_commune_code, 'xa', substr(current_commune_code, 1, 2) from villages
    where current_commune_code not in (select code from communes)`.execute(db);
  if (dialectOf(db as Kysely<Database>) === 'postgres') {
    await db.schema
      .alterTable('villages')
      .addForeignKeyConstraint('villages_commune_known', ['current_commune_code'], 'communes', ['code'])
      .execute();
    return;
  }
  await db.schema
    .createTable('villages_with_commune')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legacy_commune_code', 'text', (c) => c.notNull())
    .addColumn('current_commune_code', 'text', (c) => c.notNull())
    .addColumn('name_is_invented', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('villages_name_unique', ['legacy_commune_code', 'name'])
    .addCheckConstraint('villages_name_is_invented_flag', sql`name_is_invented in (0, 1)`)
    .addForeignKeyConstraint('villages_commune_known', ['current_commune_code'], 'communes', ['code'])
    .execute();
  await sql`insert into villages_with_commune (id, name, legacy_commune_code, current_commune_code, name_is_invented)
    select id, name, legacy_commune_code, current_commune_code, name_is_invented from villages`.execute(db);
  await db.schema.dropTable('villages').execute();
  await db.schema.alterTable('villages_with_commune').renameTo('villages').execute();
  await db.schema
    .createIndex('villages_by_commune')
    .on('villages')
    .columns(['current_commune_code', 'name'])
    .execute();
}

/**
 * A commune's latest reviews, newest first, for its officials to hide an abusive one: read by time across the
 * commune's shops (joined through their households' villages), a page at a time from (created_at, order_id).
 */
async function reviewsByTime(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('reviews_by_time').on('reviews').columns(['created_at', 'order_id']).execute();
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
  '0008_listing_typo_keys': { up: listingTypoKeysTable },
  '0009_push_alerts': { up: pushAlerts },
  '0010_order_write_indexes': { up: orderWriteIndexes },
  '0011_figures': { up: figures },
  '0012_bank_transfers': { up: bankTransfers },
  '0013_reviews': { up: reviews },
  '0014_buyer_photos': { up: buyerPhotos },
  '0015_page_indexes': { up: pageIndexes },
  '0016_complaints': { up: complaints },
  '0017_listing_ocop_stars': { up: listingOcopStars },
  '0018_villages_in_known_communes': { up: villagesInKnownCommunes },
  '0019_reviews_by_time': { up: reviewsByTime },
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
    // A migration may rebuild a table others point at (SQLite cannot add a constraint to a table): foreign keys are
    // off while the run works (they can only be switched outside a transaction) and checked whole before it commits.
    const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(connection);
    const enforced = rows[0]?.foreign_keys === 1;
    if (enforced) await sql`pragma foreign_keys = off`.execute(connection);
    try {
      await sql`begin immediate`.execute(connection);
      let resultSet: MigrationResultSet;
      try {
        resultSet = await migrator(connection, list).migrateToLatest();
        if (resultSet.error === undefined && enforced) {
          const broken = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(
            connection,
          );
          const first = broken.rows[0];
          if (first)
            throw new Error(`FOREIGN KEY constraint failed: ${first.table} rows point at no ${first.parent}`);
        }
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
      await (resultSet.error === undefined ? sql`commit` : sql`rollback`).execute(connection);
      return resultSet;
    } finally {
      if (enforced) await sql`pragma foreign_keys = on`.execute(connection);
    }
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
