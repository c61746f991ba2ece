import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  insertSampleShop,
  type TestDatabase,
  useTestDatabase,
} from './testing.ts';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const t = useTestDatabase(dialect);

    /** Whether the database behind a test URL still exists, asked of the server (PostgreSQL) or the disk (SQLite). */
    async function stillExists(database: TestDatabase): Promise<boolean> {
      if (dialect === 'sqlite') return existsSync(database.url.slice('file:'.length));
      const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from pg_database where datname = ${name}`.execute(t.db);
      return rows[0]?.n === 1;
    }

    it('gives each caller its own migrated database and removes it on destroy', async () => {
      const first = await createTestDatabase(dialect);
      const second = await createTestDatabase(dialect);
      try {
        expect(first.url).not.toBe(second.url);
        await insertSampleShop(first.db);
        expect(await first.db.selectFrom('shops').select('id').execute()).toHaveLength(1);
        expect(await second.db.selectFrom('shops').select('id').execute()).toHaveLength(0);
      } finally {
        await first.destroy();
        await second.destroy();
      }
      expect(await stillExists(first)).toBe(false);
      expect(await stillExists(second)).toBe(false);
      // Two PostgreSQL databases created and migrated: 2 s each on a loaded two-core machine (useTestDatabase's budget).
    }, 60_000);

    it('leaves the database empty when asked not to migrate', async () => {
      const bare = await createTestDatabase(dialect, { migrate: false });
      try {
        expect(await bare.db.introspection.getTables()).toEqual([]);
      } finally {
        await bare.destroy();
      }
    });
  });
}
