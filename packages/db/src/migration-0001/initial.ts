import type { Kysely } from 'kysely';
import { createAuditTable } from './audit.ts';
import { createInitialIndexes } from './indexes.ts';
import { createOrderTables } from './orders.ts';
import { createPeopleTables } from './people.ts';
import { createSellingTables } from './selling.ts';

/**
 * Migration 0001: the first schema, built area by area in the order the tables refer to each other (people, then
 * selling, then orders, then the audit log, then indexes). Like every migration it never changes once run: a change
 * to the schema is a new migration in migrations.ts.
 */
export async function initial(db: Kysely<unknown>): Promise<void> {
  const { schema } = db;
  await createPeopleTables(schema);
  await createSellingTables(schema);
  await createOrderTables(schema);
  await createAuditTable(schema);
  await createInitialIndexes(schema);
}
