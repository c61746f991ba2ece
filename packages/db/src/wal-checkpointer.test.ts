import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from './create-db.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const tempFile = () => {
  const folder = mkdtempSync(join(tmpdir(), 'nongsan-checkpointer-'));
  folders.push(folder);
  return join(folder, 'shop.sqlite');
};

/** A writer as the server's: WAL, synchronous=NORMAL, and no checkpoint of its own. */
function writer(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, { timeout: 5_000 });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec('create table orders (id integer primary key, note text not null)');
  return sqlite;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Frames the WAL holds and how many of them are already in the database file. */
function walState(sqlite: BetterSqlite3.Database): { log: number; checkpointed: number } {
  const [row] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  return row as { log: number; checkpointed: number };
}

describe('the WAL checkpointer', () => {
  it('copies what the writers committed into the database file while they do not checkpoint', async () => {
    const file = tempFile();
    const sqlite = writer(file);
    const insert = sqlite.prepare('insert into orders (note) values (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 15_000; i += 1) insert.run(`đơn hàng ${i} `.repeat(20));
    })();
    expect(statSync(`${file}-wal`).size / 4_096).toBeGreaterThan(1_000);
    // The database file alone, without its WAL, as a copy: what the checkpoints have put there so far.
    const ordersInFile = () => {
      const copy = `${file}.copy`;
      copyFileSync(file, copy);
      rmSync(`${copy}-wal`, { force: true });
      try {
        const reader = new BetterSqlite3(copy, { readonly: true });
        try {
          return (reader.prepare('select count(*) as n from orders').get() as { n: number }).n;
        } finally {
          reader.close();
        }
      } catch (error) {
        // Not even the table yet; or copied in the middle of a checkpoint's writes: look again.
        return (error as Error).message.includes('no such table') ? 0 : -1;
      }
    };
    expect(ordersInFile()).toBe(0);

    const checkpointer = startWalCheckpointer(file, { intervalMs: 20 });
    try {
      for (let waited = 0; ordersInFile() !== 15_000 && waited < 10_000; waited += 50) await pause(50);
      expect(ordersInFile()).toBe(15_000);
      const { log, checkpointed } = walState(sqlite);
      expect(checkpointed).toBe(log);
    } finally {
      await checkpointer.stop();
      sqlite.close();
    }
  });

  it('keeps the WAL bounded under a writer that starts each transaction as soon as the last one ends', async () => {
    const file = tempFile();
    const handle = createDb(`file:${file}`, {
      backgroundCheckpoints: { intervalMs: 5, restartAtPages: 500 },
    });
    const { db } = handle;
    let largest = 0;
    try {
      await sql`create table orders (id integer primary key, note text not null)`.execute(db);
      // About 40,000 pages through the WAL in small transactions, one after another on the one connection (as group
      // commit writes under load), with no idle moment for the WAL to start again on its own: a writer starts it
      // again only when everything in it was copied before the writer began.
      for (let i = 0; i < 18_000; i += 1) {
        await db.transaction().execute(async (trx) => {
          for (let j = 0; j < 5; j += 1)
            await sql`insert into orders (note) values (${`đơn hàng ${i} `.repeat(20)})`.execute(trx);
        });
        // The event loop turns now and then, as a server's does between groups of checkouts.
        if (i % 10 === 0) await new Promise(setImmediate);
        if (i % 100 === 0) largest = Math.max(largest, statSync(`${file}-wal`).size);
      }
      const count = await sql<{ n: number }>`select count(*) as n from orders`.execute(db);
      expect(count.rows[0]?.n).toBe(90_000);
      // Without the RESTART the WAL would hold every page written (about 40,000). The bound is loose: the WAL grows
      // past `restartAtPages` while the checkpointer's thread waits for a core, and this machine is shared.
      expect(largest / 4_096).toBeLessThan(20_000);
    } finally {
      await handle.destroy();
    }
  });

  it('is what createDb uses with backgroundCheckpoints, and what was written is there after closing', async () => {
    const file = tempFile();
    const first = createDb(`file:${file}`, { backgroundCheckpoints: true });
    const autocheckpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(
      first.db,
    );
    expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(0);
    await sql`create table orders (id integer primary key, note text not null)`.execute(first.db);
    await sql`insert into orders (note) values ('Thanh long 2 kg')`.execute(first.db);
    await first.destroy();

    const second = createDb(`file:${file}`);
    const rows = await sql<{ note: string }>`select note from orders`.execute(second.db);
    expect(rows.rows).toEqual([{ note: 'Thanh long 2 kg' }]);
    await second.destroy();
  });
});
