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
