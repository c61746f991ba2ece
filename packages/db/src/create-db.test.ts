import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, DEFAULT_SQLITE_PATH, dialectOf, resolveDatabaseUrl } from './create-db.ts';
import { migrateToLatest } from './migrations.ts';
import { DIALECTS, insertSampleShop, useTestDatabase } from './testing.ts';

describe('resolveDatabaseUrl', () => {
  const cwd = '/srv/nongsan';

  it('uses a SQLite file under ./data of the working directory when DATABASE_URL is unset or empty', () => {
    const expected = { dialect: 'sqlite', filename: resolve(cwd, DEFAULT_SQLITE_PATH) };
    expect(resolveDatabaseUrl(undefined, cwd)).toEqual(expected);
    expect(resolveDatabaseUrl('  ', cwd)).toEqual(expected);
    expect(expected.filename).toBe('/srv/nongsan/data/nongsan.sqlite');
  });

  it('reads file: paths relative to the working directory, file:/// URLs as absolute, and :memory:', () => {
    expect(resolveDatabaseUrl('file:./db/shop.sqlite', cwd)).toEqual({
      dialect: 'sqlite',
      filename: '/srv/nongsan/db/shop.sqlite',
    });
    expect(resolveDatabaseUrl('file:/var/lib/nongsan.sqlite', cwd)).toEqual({
      dialect: 'sqlite',
      filename: '/var/lib/nongsan.sqlite',
    });
    expect(resolveDatabaseUrl('file:///var/lib/n%C3%B4ng%20s%E1%BA%A3n.sqlite', cwd)).toEqual({
      dialect: 'sqlite',
      filename: '/var/lib/nông sản.sqlite',
    });
    expect(resolveDatabaseUrl(':memory:', cwd)).toEqual({ dialect: 'sqlite', filename: ':memory:' });
  });

  it('hands postgres:// and postgresql:// URLs to PostgreSQL unchanged', () => {
    for (const url of [
      'postgres://app:secret@db.internal:5432/nongsan',
      'postgresql://localhost/nongsan?sslmode=require',
    ]) {
      expect(resolveDatabaseUrl(url, cwd)).toEqual({ dialect: 'postgres', connectionString: url });
    }
  });

  it('refuses other schemes and bare paths, saying what works and never echoing a password', () => {
    expect(() => resolveDatabaseUrl('mysql://root:hunter2@localhost/shop', cwd)).toThrow(
      /scheme "mysql:" is not supported: use file:<path> or :memory: for SQLite, or postgres:\/\//,
    );
    expect(() => resolveDatabaseUrl('mysql://root:hunter2@localhost/shop', cwd)).not.toThrow(/hunter2/);
    expect(() => resolveDatabaseUrl('./data/nongsan.sqlite', cwd)).toThrow(/has no scheme: use file:<path>/);
    expect(() => createDb('redis://localhost:6379')).toThrow(/"redis:" is not supported/);
  });
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const t = useTestDatabase(dialect);

    it('opens the dialect its URL names, and says which, also inside a transaction', async () => {
      const handle = createDb(t.url);
      try {
        expect(handle.dialect).toBe(dialect);
        expect(dialectOf(handle.db)).toBe(dialect);
        await handle.db.transaction().execute(async (trx) => {
          expect(dialectOf(trx)).toBe(dialect);
        });
        await insertSampleShop(handle.db);
        const seen = await t.db.selectFrom('listings').select('id').execute();
        expect(seen.length).toBeGreaterThan(0);
      } finally {
        await handle.destroy();
        await handle.destroy();
      }
    });
  });
}

describe('SQLite files', () => {
  const folders: string[] = [];
  const handles: DbHandle[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'nongsan-create-db-'));
    folders.push(folder);
    return folder;
  };
  const open = (url: string | undefined, cwd?: string) => {
    const handle = createDb(url, cwd === undefined ? {} : { cwd });
    handles.push(handle);
    return handle;
  };
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.destroy()));
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('creates ./data/nongsan.sqlite under the working directory when no URL is given', async () => {
    const cwd = tempFolder();
    const { db, location } = open(undefined, cwd);
    await migrateToLatest(db);
    expect(location).toBe(join(cwd, 'data', 'nongsan.sqlite'));
    expect(existsSync(location)).toBe(true);
  });

  it('opens in WAL mode with foreign keys on and a busy timeout', async () => {
    const { db } = open(`file:${join(tempFolder(), 'nested', 'folders', 'shop.sqlite')}`);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('waits for another process that holds the write lock instead of failing', async () => {
    const file = join(tempFolder(), 'shared.sqlite');
    const { db } = open(`file:${file}`);
    await migrateToLatest(db);
    const world = await insertSampleShop(db);

    // Another process takes the write lock and keeps it for 400 ms, as a second server writing would.
    const holdMs = 400;
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const db = require('better-sqlite3')(process.argv[1]);
         db.exec('begin immediate');
         process.stdout.write('locked\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
         db.exec('update listings set stock = stock - 1000');
         db.exec('commit');`,
        file,
      ],
      { cwd: resolve(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    await new Promise<void>((locked) => child.stdout.once('data', () => locked()));

    const started = performance.now();
    await db
      .updateTable('listings')
      .set((eb) => ({ stock: eb('stock', '-', 3000) }))
      .where('id', '=', world.listing.id)
      .execute();
    const waited = performance.now() - started;

    expect(await exited).toBe(0);
    expect(waited).toBeGreaterThan(holdMs / 2);
    const { stock } = await db
      .selectFrom('listings')
      .select('stock')
      .where('id', '=', world.listing.id)
      .executeTakeFirstOrThrow();
    expect(stock).toBe(world.listing.stock - 1000 - 3000);
  });
});
