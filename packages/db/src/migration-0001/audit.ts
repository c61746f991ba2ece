import type { Kysely } from 'kysely';

/** The schema builder a part of the first migration writes with (`Kysely<unknown>`: see migrations.ts). */
type Schema = Kysely<unknown>['schema'];

/** The audit log: what a person did, and for which household. */
export async function createAuditTable(schema: Schema): Promise<void> {
  await schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('actor_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
