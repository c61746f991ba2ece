import { type Kysely, type Migration, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { MigrationError, migrateToLatest, migrationStatus, migrations } from './migrations.ts';
import { TABLE_COLUMNS } from './table-columns.ts';
import { createTestDatabase, DIALECTS, insertSampleShop, sampleOrder, useTestDatabase } from './testing.ts';

const ALL_MIGRATIONS = Object.keys(migrations).sort();

/** The user tables of the database (not Kysely's own), each with its columns and whether they take null. */
async function schemaOf(
  db: Kysely<Database>,
): Promise<Record<string, Record<string, 'nullable' | 'not null'>>> {
  const tables = await db.introspection.getTables();
  return Object.fromEntries(
    tables
      .filter((t) => !t.name.startsWith('kysely_'))
      .map((t) => [
        t.name,
        Object.fromEntries(t.columns.map((c) => [c.name, c.isNullable ? 'nullable' : 'not null'] as const)),
      ]),
  );
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const t = useTestDatabase(dialect, { migrate: false });

    it('builds, on an empty database, exactly the tables and columns the Database interface declares', async () => {
      expect(await schemaOf(t.db)).toEqual({});
      expect(await migrateToLatest(t.db)).toEqual(ALL_MIGRATIONS);
      expect(await schemaOf(t.db)).toEqual(TABLE_COLUMNS);
      expect(await migrationStatus(t.db)).toEqual({ applied: ALL_MIGRATIONS, pending: [] });
    });

    it('applies nothing on a second run and keeps the data', async () => {
      await migrateToLatest(t.db);
      await t.db
        .insertInto('villages')
        .values({ id: 'rala', name: 'Rạ Lá', legacy_commune_code: '06328', current_commune_code: '06325' })
        .execute();
      expect(await migrateToLatest(t.db)).toEqual([]);
      const villages = await t.db.selectFrom('villages').select('name').execute();
      expect(villages).toEqual([{ name: 'Rạ Lá' }]);
    });

    it("gives orders placed before the delivery phone existed their buyer's account phone to call", async () => {
      const fresh = await createTestDatabase(dialect, { migrate: false });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
        await migrateToLatest(fresh.db, before);
        const world = await insertSampleShop(fresh.db);
        const { delivery_phone: _, ...older } = sampleOrder(world);
        await fresh.db
          .insertInto('orders')
          .values(older as typeof older & { delivery_phone: string })
          .execute();
        const upTo0004 = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
        expect(await migrateToLatest(fresh.db, upTo0004)).toEqual(['0004_orders_delivery_phone']);
        const buyer = await fresh.db
          .selectFrom('users')
          .select('phone')
          .where('id', '=', world.buyerId)
          .executeTakeFirstOrThrow();
        const stored = await fresh.db.selectFrom('orders').select('delivery_phone').executeTakeFirstOrThrow();
        expect(stored.delivery_phone).toBe(buyer.phone);
      } finally {
        await fresh.destroy();
      }
    });

    it('gives listings written before search moved into the database their words and season dates', async () => {
      const fresh = await createTestDatabase(dialect, { migrate: false });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0006'));
        await migrateToLatest(fresh.db, before);
        const { listing } = await insertSampleShop(fresh.db);
        await sql`update listings set search_text = ${'thanh long ruot do loai 1 (long dong)'}`.execute(
          fresh.db,
        );
        expect(await migrateToLatest(fresh.db)).toContain('0006_listing_search');
        const stored = await fresh.db
          .selectFrom('listings')
          .select(['search_words', 'sell_from', 'sell_until'])
          .executeTakeFirstOrThrow();
        expect(stored.search_words).toBe('thanh long ruot do loai 1 long dong');
        expect(stored.sell_from <= '2021-05-01' && stored.sell_until >= '2021-10-31').toBe(true);
        const words = await fresh.db
          .selectFrom('listing_search_words')
          .select('word')
          .where('listing_id', '=', listing.id)
          .orderBy('word')
          .execute();
        expect(words.map((w) => w.word)).toEqual(['1', 'do', 'dong', 'loai', 'long', 'ruot', 'thanh']);
      } finally {
        await fresh.destroy();
      }
    });

    it("puts the villages and officials there were under xã Bắc Sơn's commune, and keeps a province official off any commune", async () => {
      const fresh = await createTestDatabase(dialect, { migrate: false });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'));
        await migrateToLatest(fresh.db, before);
        await insertSampleShop(fresh.db);
        await sql`insert into users (id, phone, role, display_name, created_at)
          values ('usr-official', '0940000001', 'official', 'Cán bộ xã', '2021-07-01T00:00:00.000Z')`.execute(
          fresh.db,
        );
        expect(await migrateToLatest(fresh.db)).toContain('0007_communes');
        const official = await fresh.db
          .selectFrom('users')
          .select(['commune_code', 'province_code'])
          .where('id', '=', 'usr-official')
          .executeTakeFirstOrThrow();
        expect(official).toEqual({ commune_code: '06325', province_code: null });
        const communes = await fresh.db.selectFrom('communes').select(['code', 'name']).execute();
        expect(communes).toContainEqual({ code: '06325', name: 'Bắc Sơn' });
        const both = await sql`update users set province_code = '20' where id = 'usr-official'`
          .execute(fresh.db)
          .catch((error: unknown) => error);
        expect(both).toBeInstanceOf(Error);
      } finally {
        await fresh.destroy();
      }
    });

    it('gives listings written before typo tolerance the typo keys of their words', async () => {
      const fresh = await createTestDatabase(dialect, { migrate: false });
      try {
        const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0008'));
        await migrateToLatest(fresh.db, before);
        const { listing } = await insertSampleShop(fresh.db);
        await sql`update listings set search_words = ${'thanh long do'}`.execute(fresh.db);
        // The later migrations run too; the first to run is the one under test.
        expect((await migrateToLatest(fresh.db))[0]).toBe('0008_listing_typo_keys');
        const keys = await fresh.db
          .selectFrom('listing_search_keys')
          .select('key')
          .where('listing_id', '=', listing.id)
          .execute();
        expect(keys.map((k) => k.key).sort()).toEqual(
          ['long', 'ong', 'lng', 'log', 'lon', 'thanh', 'hanh', 'tanh', 'thnh', 'thah', 'than'].sort(),
        );
      } finally {
        await fresh.destroy();
      }
    });

    it('migrates once when several runs start together on an empty database', async () => {
      // On PostgreSQL the runs take different connections of the pool and meet at Kysely's advisory lock; on SQLite
      // they share the one connection (another process would wait at BEGIN IMMEDIATE, see create-db.test.ts).
      const fresh = await createTestDatabase(dialect, { migrate: false });
      try {
        const runs = await Promise.all([1, 2, 3, 4].map(() => migrateToLatest(fresh.db)));
        expect(runs.filter((applied) => applied.length > 0)).toEqual([ALL_MIGRATIONS]);
        expect(await schemaOf(fresh.db)).toEqual(TABLE_COLUMNS);
      } finally {
        await fresh.destroy();
      }
    });

    it('names a failing migration and keeps nothing of the run', async () => {
      const fresh = await createTestDatabase(dialect, { migrate: false });
      const broken: Record<string, Migration> = {
        '0001_notes': {
          up: async (db: Kysely<unknown>) => {
            await db.schema
              .createTable('notes')
              .addColumn('id', 'text', (c) => c.primaryKey())
              .execute();
          },
        },
        '0002_broken': {
          up: async (db: Kysely<unknown>) => {
            await sql`alter table missing_table add column oops text`.execute(db);
          },
        },
      };
      try {
        const failure = await migrateToLatest(fresh.db, broken).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(MigrationError);
        expect((failure as MigrationError).migrationName).toBe('0002_broken');
        expect((failure as Error).message).toContain('0002_broken');
        expect(await schemaOf(fresh.db)).toEqual({});
      } finally {
        await fresh.destroy();
      }
    });
  });
}
