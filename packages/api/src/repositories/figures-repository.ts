import { type Database, dialectOf } from '@nongsan/db';
import { SOLD_ORDER_STATUSES } from '@nongsan/domain';
import { type Kysely, sql } from 'kysely';

const REFRESH_ID = 'figures';

/** Adoption and sales of one commune over months, summed from the villages' pre-aggregated figures. */
export interface CommuneFiguresRow {
  readonly communeCode: string;
  readonly households: number;
  readonly shops: number;
  readonly leadHouseholds: number;
}

export interface CommuneMonthRow {
  readonly communeCode: string;
  readonly month: string;
  readonly orders: number;
  readonly grams: number;
  readonly pieces: number;
  readonly vnd: number;
}

/**
 * The pre-aggregated figures (migration 0011): refreshed from households, shops and sold orders, and read per
 * commune and month for the province's overview. Only this repository writes them.
 */
export class FiguresRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** `YYYY-MM` of an order's placing, in Vietnam's time (UTC+7, no daylight saving). */
  private placedMonth() {
    return dialectOf(this.db) === 'postgres'
      ? sql<string>`to_char((orders.placed_at::timestamptz) at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`
      : sql<string>`strftime('%Y-%m', orders.placed_at, '+7 hours')`;
  }

  /** When the figures were last refreshed (null: never). */
  async refreshedAt(): Promise<string | null> {
    const row = await this.db
      .selectFrom('figures_refresh')
      .select('refreshed_at')
      .where('id', '=', REFRESH_ID)
      .executeTakeFirst();
    return row?.refreshed_at ?? null;
  }

  /**
   * Recounts the figures, in the caller's transaction: every village's households, shops and leads, and the sales
   * of the (village, month) pairs whose orders changed since the last refresh (all of them the first time).
   * Returns how many (village, month) pairs it recounted.
   */
  async refresh(now: Date): Promise<number> {
    const db = this.db;
    await db.deleteFrom('village_figures').execute();
    await sql`insert into village_figures (village_id, households, shops, lead_households)
      select villages.id, count(households.id), count(shops.id), coalesce(sum(households.is_lead), 0)
      from villages
      left join households on households.village_id = villages.id
      left join shops on shops.id = households.id
      group by villages.id`.execute(db);

    const seen = await db
      .selectFrom('figures_refresh')
      .select('orders_seen_until')
      .where('id', '=', REFRESH_ID)
      .executeTakeFirst();
    const since = seen?.orders_seen_until ?? '';
    const month = this.placedMonth();
    // An order's village and month never change: those of the orders changed since last time are all to recount
    // (`>=`: an order changed in the very millisecond of the last refresh is counted again, never missed).
    const touched = await db
      .selectFrom('orders')
      .innerJoin('households', 'households.id', 'orders.shop_id')
      .select(['households.village_id as villageId', month.as('month')])
      .where('orders.updated_at', '>=', since)
      .distinct()
      .execute();
    const latest = await db
      .selectFrom('orders')
      .select((eb) => eb.fn.max('updated_at').as('latest'))
      .executeTakeFirst();
    const byVillage = new Map<string, Set<string>>();
    for (const t of touched) {
      const months = byVillage.get(t.villageId) ?? new Set<string>();
      months.add(t.month);
      byVillage.set(t.villageId, months);
    }
    const villages = [...byVillage.keys()];
    for (let i = 0; i < villages.length; i += 200) {
      const chunk = villages.slice(i, i + 200);
      const months = [...new Set(chunk.flatMap((v) => [...(byVillage.get(v) ?? [])]))];
      // Villages × months of the chunk: a superset of the touched pairs, each recounted exactly.
      await db
        .deleteFrom('village_month_sales')
        .where('village_id', 'in', chunk)
        .where('month', 'in', months)
        .execute();
      const rows = await db
        .selectFrom('order_lines')
        .innerJoin('orders', 'orders.id', 'order_lines.order_id')
        .innerJoin('households', 'households.id', 'orders.shop_id')
        .select((eb) => [
          'households.village_id as villageId',
          month.as('month'),
          eb.fn.count<number | string>(sql`distinct orders.id`).as('orders'),
          eb.fn
            .sum<number | string>(
              sql`case when order_lines.unit = 'kg' then coalesce(order_lines.quantity_packed, order_lines.quantity_ordered) else 0 end`,
            )
            .as('grams'),
          eb.fn
            .sum<number | string>(
              sql`case when order_lines.unit = 'kg' then 0 else coalesce(order_lines.quantity_packed, order_lines.quantity_ordered) end`,
            )
            .as('pieces'),
          eb.fn.sum<number | string>('order_lines.line_total').as('vnd'),
        ])
        .where('orders.status', 'in', SOLD_ORDER_STATUSES)
        .where('households.village_id', 'in', chunk)
        .where(month, 'in', months)
        .groupBy(['households.village_id', month])
        .execute();
      for (let j = 0; j < rows.length; j += 500) {
        await db
          .insertInto('village_month_sales')
          .values(
            rows.slice(j, j + 500).map((r) => ({
              village_id: r.villageId,
              month: r.month,
              orders: Number(r.orders),
              grams: Number(r.grams ?? 0),
              pieces: Number(r.pieces ?? 0),
              vnd: Number(r.vnd ?? 0),
            })),
          )
          .execute();
      }
    }
    const mark = { refreshed_at: now.toISOString(), orders_seen_until: String(latest?.latest ?? since) };
    await db
      .insertInto('figures_refresh')
      .values({ id: REFRESH_ID, ...mark })
      .onConflict((oc) => oc.column('id').doUpdateSet(mark))
      .execute();
    return touched.length;
  }

  /** Each commune of a province with its villages' households, shops and leads summed, by commune code. */
  async communeFigures(provinceCode: string): Promise<CommuneFiguresRow[]> {
    const rows = await this.db
      .selectFrom('communes')
      .innerJoin('villages', 'villages.current_commune_code', 'communes.code')
      .innerJoin('village_figures', 'village_figures.village_id', 'villages.id')
      .select((eb) => [
        'communes.code as communeCode',
        eb.fn.sum<number | string>('village_figures.households').as('households'),
        eb.fn.sum<number | string>('village_figures.shops').as('shops'),
        eb.fn.sum<number | string>('village_figures.lead_households').as('leadHouseholds'),
      ])
      .where('communes.province_code', '=', provinceCode)
      .groupBy('communes.code')
      .orderBy('communes.code')
      .execute();
    return rows.map((r) => ({
      communeCode: r.communeCode,
      households: Number(r.households),
      shops: Number(r.shops),
      leadHouseholds: Number(r.leadHouseholds),
    }));
  }

  /** Each commune's sales per month from `fromMonth` on, by commune then month. */
  async communeMonths(provinceCode: string, fromMonth: string): Promise<CommuneMonthRow[]> {
    const rows = await this.db
      .selectFrom('communes')
      .innerJoin('villages', 'villages.current_commune_code', 'communes.code')
      .innerJoin('village_month_sales as s', 's.village_id', 'villages.id')
      .select((eb) => [
        'communes.code as communeCode',
        's.month as month',
        eb.fn.sum<number | string>('s.orders').as('orders'),
        eb.fn.sum<number | string>('s.grams').as('grams'),
        eb.fn.sum<number | string>('s.pieces').as('pieces'),
        eb.fn.sum<number | string>('s.vnd').as('vnd'),
      ])
      .where('communes.province_code', '=', provinceCode)
      .where('s.month', '>=', fromMonth)
      .groupBy(['communes.code', 's.month'])
      .orderBy('communes.code')
      .orderBy('s.month')
      .execute();
    return rows.map((r) => ({
      communeCode: r.communeCode,
      month: r.month,
      orders: Number(r.orders),
      grams: Number(r.grams),
      pieces: Number(r.pieces),
      vnd: Number(r.vnd),
    }));
  }
}
