import type { Database } from '@nongsan/db';
import type { Kysely } from 'kysely';

/** A commune of the deployment (today's two-level commune), as the apps show it. */
export interface CommuneView {
  readonly code: string;
  readonly name: string;
  readonly kind: 'xa' | 'phuong';
  readonly provinceCode: string;
  /** The communes it was made of in 2025, as a person reads them; empty when not known. */
  readonly formerNames: string;
  readonly invented: boolean;
}

export class CommuneRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private static toView(row: Awaited<ReturnType<CommuneRepository['rows']>>[number]): CommuneView {
    return {
      code: row.code,
      name: row.name,
      kind: row.kind,
      provinceCode: row.province_code,
      formerNames: row.former_names,
      invented: row.name_is_invented === 1,
    };
  }

  private rows(filter: { provinceCode?: string; code?: string }) {
    let query = this.db.selectFrom('communes').selectAll();
    if (filter.provinceCode !== undefined) query = query.where('province_code', '=', filter.provinceCode);
    if (filter.code !== undefined) query = query.where('code', '=', filter.code);
    return query.orderBy('name').orderBy('code').execute();
  }

  /** Every commune of the deployment, or of one province, by name. */
  async list(filter: { provinceCode?: string } = {}): Promise<CommuneView[]> {
    return (await this.rows(filter)).map(CommuneRepository.toView);
  }

  /** Only the communes that have villages (the ones people live and sell in), by name. */
  async listPeopled(): Promise<CommuneView[]> {
    const rows = await this.db
      .selectFrom('communes')
      .selectAll()
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('villages')
            .select('villages.id')
            .whereRef('villages.current_commune_code', '=', 'communes.code'),
        ),
      )
      .orderBy('name')
      .orderBy('code')
      .execute();
    return rows.map(CommuneRepository.toView);
  }

  async find(code: string): Promise<CommuneView | undefined> {
    const [row] = await this.rows({ code });
    return row ? CommuneRepository.toView(row) : undefined;
  }

  /** Adds the communes not there yet (by code); safe to call on every start. */
  async ensure(communes: readonly CommuneView[]): Promise<void> {
    for (let i = 0; i < communes.length; i += 500) {
      await this.db
        .insertInto('communes')
        .values(
          communes.slice(i, i + 500).map((c) => ({
            code: c.code,
            name: c.name,
            kind: c.kind,
            province_code: c.provinceCode,
            former_names: c.formerNames,
            name_is_invented: c.invented ? 1 : 0,
          })),
        )
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
  }
}
