/**
 * The physical ceiling of `orders.place` on SQLite: the least a checkout that keeps the rules must do, on raw
 * better-sqlite3 in one process, over the real schema (its tables, constraints and indexes) in the same database
 * file as the HTTP run: `BEGIN IMMEDIATE`, look the idempotency key up, take the stock with a conditional decrement,
 * insert the order, its line and the key with its answer, `COMMIT`. Beside the replay of the server's own statements
 * (`db-ceiling.ts`) it shows how close the server is to the machine and what its SQL costs. Every decrement must
 * change one row, or the run fails. Input: `PhysicalCeilingPlan`; answer: `PhysicalCeilingResult`.
 */
import { answer, scriptInput } from './child-process.ts';
import { ORDER_GRAMS } from './market.ts';
import { openSqlite, runTransactions } from './sqlite-file.ts';
import { base32 } from './statement-replay.ts';

export interface PhysicalCeilingPlan {
  readonly databaseFile: string;
  readonly now: string;
  readonly buyerIds: readonly string[];
  readonly listingIds: readonly string[];
  readonly seconds: number;
}

export interface PhysicalCeilingResult {
  readonly statements: number;
  readonly transactions: number;
  readonly perSecond: number;
  readonly stockTaken: number;
  readonly ordersAdded: number;
  /** WAL frames (pages) one transaction writes. */
  readonly walFramesPerOrder: number;
}

const plan = scriptInput<PhysicalCeilingPlan>();
const sqlite = openSqlite(plan.databaseFile);
const shopOf = sqlite.prepare('select shop_id from listings where id = ?').pluck();
const statements = {
  begin: sqlite.prepare('begin immediate'),
  findKey: sqlite.prepare(
    'select request_hash, response from idempotency_keys where buyer_id = ? and key = ?',
  ),
  take: sqlite.prepare('update listings set stock = stock - ? where id = ? and stock >= ?'),
  order: sqlite.prepare(
    `insert into orders (id, checkout_id, shop_id, buyer_id, status, zone, delivery_address, delivery_phone, note,
      subtotal, delivery_fee, total, payment_method, placed_at, confirm_by, updated_at)
      values (?, ?, ?, ?, 'placed', 'local', ?, '0987000111', null, 14000, 15000, 29000, 'cash_on_delivery', ?, ?, ?)`,
  ),
  line: sqlite.prepare(
    `insert into order_lines (id, order_id, listing_id, product_id, title, unit, unit_price, quantity_ordered,
      line_total, pre_order, position) values (?, ?, ?, 'dragon-fruit', 'Thanh long', 'kg', 28000, ?, 14000, 0, 0)`,
  ),
  key: sqlite.prepare(
    'insert into idempotency_keys (buyer_id, key, request_hash, response, created_at) values (?, ?, ?, ?, ?)',
  ),
  commit: sqlite.prepare('commit'),
};
const shops = new Map(plan.listingIds.map((id) => [id, shopOf.get(id) as string]));
const address = JSON.stringify({ village: 'long-dong:an-ninh-1' });
const confirmBy = new Date(Date.parse(plan.now) + 24 * 3_600_000).toISOString();

let counter = 0;
function placeOnce(): void {
  counter += 1;
  const tail = base32(process.pid, 4) + base32(counter, 22);
  const buyer = plan.buyerIds[counter % plan.buyerIds.length] ?? '';
  const listing = plan.listingIds[counter % plan.listingIds.length] ?? '';
  const key = `phys-${tail}`;
  statements.begin.run();
  try {
    if (statements.findKey.get(buyer, key) !== undefined) throw new Error('a fresh key was found');
    if (statements.take.run(ORDER_GRAMS, listing, ORDER_GRAMS).changes !== 1)
      throw new Error('the stock decrement changed no row');
    statements.order.run(
      `ord_${tail}`,
      `ord_C${tail.slice(1)}`,
      shops.get(listing),
      buyer,
      address,
      plan.now,
      confirmBy,
      plan.now,
    );
    statements.line.run(`oli_${tail}`, `ord_${tail}`, listing, ORDER_GRAMS);
    statements.key.run(buyer, key, 'hash', `{"orders":[{"id":"ord_${tail}"}]}`, plan.now);
    statements.commit.run();
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  }
}

const run = runTransactions(sqlite, plan.listingIds, plan.seconds, 100, placeOnce);

const result: PhysicalCeilingResult = {
  statements: Object.keys(statements).length,
  ...run,
};
sqlite.close();
answer(result);
