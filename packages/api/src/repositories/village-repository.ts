import type { Database } from '@nongsan/db';
import type { Village } from '@nongsan/domain';
import type { Kysely } from 'kysely';

export class VillageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<Village[]> {
    const rows = await this.db.selectFrom('villages').selectAll().orderBy('name').execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      legacyCommuneCode: row.legacy_commune_code,
      currentCommuneCode: row.current_commune_code,
      invented: row.name_is_invented === 1,
    }));
  }

  async exists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('villages').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Adds the villages not there yet (by id); safe to call on every start. */
  async ensure(villages: readonly Village[]): Promise<void> {
    if (villages.length === 0) return;
    await this.db
      .insertInto('villages')
      .values(
        villages.map((v) => ({
          id: v.id,
          name: v.name,
          legacy_commune_code: v.legacyCommuneCode,
          current_commune_code: v.currentCommuneCode,
          name_is_invented: v.invented ? 1 : 0,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
