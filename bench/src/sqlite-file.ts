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
 * The pages the database writes per transaction: `work` runs `count` transactions, each followed by a passive
 * checkpoint that reports the frames the WAL holds. The server's checkpointer thread (another process, on the same
 * file) may copy the WAL meanwhile, after which the next transaction starts it again: so a transaction's frames are
 * what the WAL holds after it when everything before it had been copied (the WAL started again), else what it
 * added. Commit cost grows with them.
 */
export function walFramesPer(sqlite: BetterSqlite3.Database, count: number, work: () => void): number {
  // SQLITE_BUSY while the other checkpointer runs: its answer then says -1 for both; ask again a moment later.
  const walState = () => {
    for (let attempt = 0; ; attempt++) {
      const [row] = sqlite.pragma('wal_checkpoint(PASSIVE)') as {
        busy: number;
        log: number;
        checkpointed: number;
      }[];
      if ((row && row.busy === 0 && row.log >= 0) || attempt === 1_000)
        return row ?? { busy: 1, log: 0, checkpointed: 0 };
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  };
  const autocheckpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  sqlite.pragma('wal_autocheckpoint = 0');
  let frames = 0;
  try {
    let before = walState();
    for (let i = 0; i < count; i++) {
      work();
      const after = walState();
      const restarted = before.busy === 0 && before.checkpointed === before.log;
      frames += restarted || after.log < before.log ? after.log : after.log - before.log;
      before = after;
    }
  } finally {
    sqlite.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  }
  return frames / count;
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
