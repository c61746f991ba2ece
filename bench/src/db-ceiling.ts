/**
 * The database ceiling of `orders.place` on SQLite: the same transaction, the same statements, run in one process
 * on raw better-sqlite3, with no HTTP, no tRPC, no Kysely and no domain code in between.
 *
 * How "the same statements" is made true rather than hand-copied: the server's own `OrdersService` (from the
 * built `@nongsan/api`) places one order through a Kysely instance that records every statement it sends
 * (SQL and parameters, `begin` and `commit` included). That recording is then replayed as prepared statements,
 * with the values that must be new for every order (the idempotency key and the ids the server generated) swapped
 * for fresh ones of the same length, and the buyer rotating over as many buyers as the HTTP run takes in turn.
 * Every replayed stock update must change one row and every insert one row, or the run fails. The time each
 * statement takes is reported too (where the database's share of an order goes). Input: `DbCeilingPlan`; answer: `DbCeilingResult`.
 */
import { fixedClock, OrdersService } from '@nongsan/api';
import { Kysely, SqliteDialect } from 'kysely';
import { answer, scriptInput } from './child-process.ts';
import { KEY_SLOT } from './load-plan.ts';
import { openSqlite, runTransactions } from './sqlite-file.ts';
import { base32, createdIds, type RecordedStatement, replacements, substitute } from './statement-replay.ts';

export interface DbCeilingPlan {
  readonly databaseFile: string;
  readonly now: string;
  /** Buyers the transactions rotate over, as the HTTP run's clients do (the first one's placement is recorded). */
  readonly buyerIds: readonly string[];
  /** Listings the transactions rotate over, as the HTTP run's clients do (the first one's placement is recorded). */
  readonly listingIds: readonly string[];
  /** An `orders.place` body for the first listing, with KEY_SLOT for its key. */
  readonly body: string;
  readonly seconds: number;
}

export interface DbCeilingResult {
  /** Statements in one order's transaction, as recorded. */
  readonly statements: number;
  readonly transactions: number;
  readonly perSecond: number;
  /** Grams the replayed transactions took from the listing, and how many order rows they added. */
  readonly stockTaken: number;
  readonly ordersAdded: number;
  /** Every statement in the order sent: mean microseconds per transaction, its SQL, and SQLite's query plan. */
  readonly perStatement: { readonly microseconds: number; readonly sql: string; readonly plan: string[] }[];
  /** WAL frames (pages) one transaction writes. */
  readonly walFramesPerOrder: number;
}

const plan = scriptInput<DbCeilingPlan>();

// 1. Record one real placement.
const recorded: RecordedStatement[] = [];
const recordingDb = new Kysely<never>({
  dialect: new SqliteDialect({ database: openSqlite(plan.databaseFile) }),
  log: (event) => {
    if (event.level === 'query')
      recorded.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
  },
});
const firstKey = `ceiling-${process.pid}-`.padEnd(KEY_SLOT.length, '0');
const service = new OrdersService({ db: recordingDb, clock: fixedClock(plan.now) });
const [recordedBuyer = ''] = plan.buyerIds;
const [recordedListing = ''] = plan.listingIds;
await service.place(recordedBuyer, JSON.parse(plan.body.replace(KEY_SLOT, firstKey)));
await recordingDb.destroy();

// 2. Which recorded values are new per order: the key, and every id the transaction created.
const shopsOfListings = openSqlite(plan.databaseFile);
const shopIds = plan.listingIds.map(
  (id) => shopsOfListings.prepare('select shop_id from listings where id = ?').pluck().get(id) as string,
);
shopsOfListings.close();
// The buyers, listings and their shop exist already: an id of theirs is never swapped, even where an insert names it first.
const fresh = createdIds(recorded, [...plan.buyerIds, ...plan.listingIds, ...shopIds]);
fresh.add(firstKey);

// 3. Replay on raw better-sqlite3.
const sqlite = openSqlite(plan.databaseFile);
const prepared = recorded.map((statement) => ({
  nanoseconds: 0n,
  statement: sqlite.prepare(statement.sql),
  sql: statement.sql,
  parameters: statement.parameters,
  mustChangeOne: /^\s*(insert|update)\b/i.test(statement.sql),
}));

let counter = 0;
/** For one transaction: every fresh value made new (tail: this process and a counter), the next buyer and listing. */
function freshValues(): Map<string, string> {
  counter += 1;
  const map = replacements(fresh, base32(process.pid, 4) + base32(counter, 8));
  const buyer = plan.buyerIds[counter % plan.buyerIds.length] ?? recordedBuyer;
  if (buyer !== recordedBuyer) map.set(recordedBuyer, buyer);
  const listing = plan.listingIds[counter % plan.listingIds.length] ?? recordedListing;
  if (listing !== recordedListing) map.set(recordedListing, listing);
  return map;
}

function replayOnce(): void {
  const swaps = freshValues();
  for (const step of prepared) {
    const { statement, sql, parameters, mustChangeOne } = step;
    const values = parameters.map((value) => substitute(value, swaps));
    const started = process.hrtime.bigint();
    if (statement.reader) statement.all(...values);
    else {
      const { changes } = statement.run(...values);
      if (mustChangeOne && changes !== 1)
        throw new Error(`the replayed statement changed ${changes} rows, not 1: ${sql}`);
    }
    step.nanoseconds += process.hrtime.bigint() - started;
  }
}

const run = runTransactions(sqlite, plan.listingIds, plan.seconds, 50, replayOnce);

/** `EXPLAIN QUERY PLAN` of a recorded statement, one line per step (none for begin and commit). */
function planOf(statement: RecordedStatement): string[] {
  if (!/^\s*(select|insert|update|delete|with)\b/i.test(statement.sql)) return [];
  const rows = sqlite.prepare(`explain query plan ${statement.sql}`).all(...statement.parameters);
  return (rows as { detail: string }[]).map((row) => row.detail);
}

const result: DbCeilingResult = {
  statements: recorded.length,
  ...run,
  perStatement: prepared.map((step, i) => ({
    microseconds: Number(step.nanoseconds / BigInt(Math.max(1, run.transactions))) / 1000,
    sql: step.sql.slice(0, 200),
    plan: planOf(recorded[i] as RecordedStatement),
  })),
};
sqlite.close();
answer(result);
