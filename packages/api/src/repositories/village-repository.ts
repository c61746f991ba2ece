import type { Database } from '@nongsan/db';
import type { Village } from '@nongsan/domain';
import type { Kysely } from 'kysely';

export class VillageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every village, or a commune's, by name. */
  async list(filter: { communeCode?: string } = {}): Promise<Village[]> {
    let query = this.db.selectFrom('villages').selectAll();
    if (filter.communeCode !== undefined)
      query = query.where('current_commune_code', '=', filter.communeCode);
    const rows = await query.orderBy('name').orderBy('id').execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      legacyCommuneCode: row.legacy_commune_code,
      currentCommuneCode: row.current_commune_code,
      invented: row.name_is_invented === 1,
    }));
  }

  /** A village's commune today, with the commune's province: what oversight is checked against. */
  async communeOf(
    villageId: string,
  ): Promise<{ code: string; provinceCode: string; name: string } | undefined> {
    const row = await this.db
      .selectFrom('villages')
      .innerJoin('communes', 'communes.code', 'villages.current_commune_code')
      .select(['communes.code', 'communes.province_code', 'communes.name'])
      .where('villages.id', '=', villageId)
      .executeTakeFirst();
    return row ? { code: row.code, provinceCode: row.province_code, name: row.name } : undefined;
  }

  /** A village's name, or undefined for an unknown id. */
  async nameOf(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('villages').select('name').where('id', '=', id).executeTakeFirst();
    return row?.name;
  }

  async exists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('villages').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** Adds the villages not there yet (by id); safe to call on every start. */
  async ensure(villages: readonly Village[]): Promise<void> {
    for (let i = 0; i < villages.length; i += 500) {
      await this.db
        .insertInto('villages')
        .values(
          villages.slice(i, i + 500).map((v) => ({
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
}
