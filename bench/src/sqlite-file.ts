/** SQLite opened as the server's `createDb` opens it, for the bench's raw better-sqlite3 scripts. */
import BetterSqlite3 from 'better-sqlite3';

/** WAL, synchronous=NORMAL, foreign keys, the same busy timeout as `createDb`. */
export function openSqlite(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, { timeout: 5000 });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

/**
 * The pages the database writes per transaction: `work` runs `count` transactions with this connection's automatic
 * checkpoint off, and the frames the WAL gained are counted (then checkpointed). Commit cost grows with them.
 */
export function walFramesPer(sqlite: BetterSqlite3.Database, count: number, work: () => void): number {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const autocheckpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  sqlite.pragma('wal_autocheckpoint = 0');
  try {
    for (let i = 0; i < count; i++) work();
  } finally {
    sqlite.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  }
  const [row] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  return (row?.log ?? 0) / count;
}

/** What a timed run of order transactions did: how many, how fast, and what they took and wrote. */
export interface TransactionRun {
  readonly transactions: number;
  readonly perSecond: number;
  /** Stock taken from, and order lines added to, the run's listings: the checks hold the figures to these. */
  readonly stockTaken: number;
  readonly ordersAdded: number;
  readonly walFramesPerOrder: number;
}

/**
 * Runs `placeOnce` (one order transaction) in batches of `batch` for `seconds`, then 200 more with the WAL counted
 * (`walFramesPer`), and reads how much stock left `listingIds` and how many order lines they gained.
 */
export function runTransactions(
  sqlite: BetterSqlite3.Database,
  listingIds: readonly string[],
  seconds: number,
  batch: number,
  placeOnce: () => void,
): TransactionRun {
  const listingsJson = JSON.stringify(listingIds);
  const stockOf = sqlite
    .prepare('select sum(stock) from listings where id in (select value from json_each(?))')
    .pluck();
  const ordersOf = sqlite
    .prepare('select count(*) from order_lines where listing_id in (select value from json_each(?))')
    .pluck();
  const stockBefore = stockOf.get(listingsJson) as number;
  const ordersBefore = ordersOf.get(listingsJson) as number;

  let transactions = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < batch; i++) placeOnce();
    transactions += batch;
  }
  const perSecond = transactions / ((performance.now() - started) / 1000);
  const walFramesPerOrder = walFramesPer(sqlite, 200, placeOnce);
  return {
    transactions: transactions + 200,
    perSecond,
    stockTaken: stockBefore - (stockOf.get(listingsJson) as number),
    ordersAdded: (ordersOf.get(listingsJson) as number) - ordersBefore,
    walFramesPerOrder,
  };
}
