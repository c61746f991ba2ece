import type { Database } from '@nongsan/db';
import { DIALECTS, useTestDatabase } from '@nongsan/db/testing';
import { CompiledQuery, type Kysely, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AuditRepository } from './audit-repository.ts';
import { HouseholdRepository } from './household-repository.ts';
import type { KeyPosition } from './keyset.ts';
import { ListingRepository } from './listing-repository.ts';
import { OrderRepository } from './order-repository.ts';

const AFTER: KeyPosition = ['2025-06-15T01:00:00.000Z', 'x-0001'];

/** The first query `read` makes, compiled as the database receives it (its SQL and parameters). */
async function firstQueryOf(
  db: Kysely<Database>,
  read: (db: Kysely<Database>) => Promise<unknown>,
): Promise<CompiledQuery> {
  const nodes: RootOperationNode[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node }) => {
      nodes.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  await read(db.withPlugin(recorder));
  const first = nodes[0];
  if (!first) throw new Error('no query was made');
  return db.getExecutor().compileQuery(first, { queryId: 'plan' });
}

/** How the database would run the query: SQLite's query plan lines, or PostgreSQL's plan as text. */
async function planOf(db: Kysely<Database>, dialect: string, query: CompiledQuery): Promise<string> {
  if (dialect === 'sqlite') {
    const result = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row.detail).join('\n');
  }
  // An empty table is cheapest to read whole; with sequential scans priced out, the plan shows whether an index
  // can serve the page in its order.
  return db.connection().execute(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
    const result = await connection.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    await connection.executeQuery(CompiledQuery.raw('reset enable_seqscan'));
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

/** Every paged list's read, past its first page, with the index that must serve it. */
const PAGES: readonly { list: string; index: string; read: (db: Kysely<Database>) => Promise<unknown> }[] = [
  {
    list: "a buyer's orders",
    index: 'orders_by_buyer_and_time',
    read: (db) => new OrderRepository(db).list({ buyerId: 'u-1', after: AFTER, limit: 21 }),
  },
  {
    list: "a shop's inbox past those awaiting confirmation",
    index: 'orders_by_shop_and_time',
    read: (db) =>
      new OrderRepository(db).list({ shopId: 'hh-1', exceptStatus: 'placed', after: AFTER, limit: 21 }),
  },
  {
    list: "a shop's listings",
    index: 'listings_by_shop_and_change',
    read: (db) => new ListingRepository(db).listByShop('hh-1', { after: AFTER, limit: 51 }),
  },
  {
    list: "a village's households",
    index: 'households_by_village_and_head',
    read: (db) =>
      new HouseholdRepository(db).listInVillage('v-1', { after: ['Hoàng Văn Thắng', 'hh-1'], limit: 51 }),
  },
  {
    list: "a household's activity",
    index: 'audit_log_by_household_and_time',
    read: (db) => new AuditRepository(db).forHousehold('hh-1', { after: AFTER, limit: 51 }),
  },
];

for (const dialect of DIALECTS) {
  describe(`keyset pages (${dialect})`, () => {
    const t = useTestDatabase(dialect);

    for (const page of PAGES) {
      it(`${page.list}: a later page seeks in ${page.index} and reads it in order, without OFFSET or a sort`, async () => {
        const query = await firstQueryOf(t.db, page.read);
        expect(query.sql.toLowerCase()).not.toContain('offset');
        const plan = await planOf(t.db, dialect, query);
        expect(plan, plan).toContain(page.index);
        if (dialect === 'sqlite') expect(plan, plan).not.toMatch(/TEMP B-TREE/);
        else expect(plan, plan).not.toMatch(/(^|\s)Sort\b/m);
      });
    }
  });
}
