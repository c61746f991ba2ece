import type { Database } from '@nongsan/db';
import { SOLD_ORDER_STATUSES } from '@nongsan/domain';
import type { Kysely } from 'kysely';

/** One order line with what sales figures need: when, where, what, how much, for how much. */
export interface SaleLineRow {
  readonly orderId: string;
  readonly shopId: string;
  readonly villageId: string;
  readonly placedAt: string;
  readonly productId: string;
  readonly unit: string;
  readonly quantity: number;
  readonly lineTotal: number;
}

/** Per village: how many households, lead households and shops it has. */
export interface VillageCountsRow {
  readonly villageId: string;
  readonly villageName: string;
  readonly households: number;
  readonly leadHouseholds: number;
  readonly shops: number;
}

export class StatsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The lines of orders that count as sold (the domain's `SOLD_ORDER_STATUSES`), of one shop or of the whole commune. */
  async saleLines(filter: { shopId?: string; communeCode?: string } = {}): Promise<SaleLineRow[]> {
    let query = this.db
      .selectFrom('order_lines')
      .innerJoin('orders', 'orders.id', 'order_lines.order_id')
      .innerJoin('households', 'households.id', 'orders.shop_id')
      .select([
        'orders.id as orderId',
        'orders.shop_id as shopId',
        'households.village_id as villageId',
        'orders.placed_at as placedAt',
        'order_lines.product_id as productId',
        'order_lines.unit as unit',
        'order_lines.quantity_ordered as ordered',
        'order_lines.quantity_packed as packed',
        'order_lines.line_total as lineTotal',
      ])
      .where('orders.status', 'in', SOLD_ORDER_STATUSES);
    if (filter.shopId !== undefined) query = query.where('orders.shop_id', '=', filter.shopId);
    if (filter.communeCode !== undefined) {
      const communeCode = filter.communeCode;
      // Named as the commune's shops, so the orders are found shop by shop (orders_by_shop): asked as "the shop's
      // village is one of the commune's", SQLite walked every sold order of the province (1 s at 200,000
      // households, against 40 ms).
      query = query.where('orders.shop_id', 'in', (eb) =>
        eb
          .selectFrom('households as commune_households')
          .innerJoin('villages', 'villages.id', 'commune_households.village_id')
          .select('commune_households.id')
          .where('villages.current_commune_code', '=', communeCode),
      );
    }
    const rows = await query.execute();
    return rows.map(({ ordered, packed, ...row }) => ({ ...row, quantity: packed ?? ordered }));
  }

  /**
   * A commune's villages with their counts, by village id. Each village's households are counted by its own range
   * of `households_by_village_and_head` (and their shops by key), so the work follows the commune's households:
   * joined to every household and shop instead, PostgreSQL read both tables whole (hash joins) at province size.
   */
  async villageCounts(communeCode: string): Promise<VillageCountsRow[]> {
    const rows = await this.db
      .selectFrom('villages')
      .where('villages.current_commune_code', '=', communeCode)
      .select((eb) => [
        'villages.id as villageId',
        'villages.name as villageName',
        eb
          .selectFrom('households')
          .whereRef('households.village_id', '=', 'villages.id')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .as('households'),
        eb
          .selectFrom('households')
          .whereRef('households.village_id', '=', 'villages.id')
          .select((e) => e.fn.sum<number | string>('households.is_lead').as('n'))
          .as('leadHouseholds'),
        eb
          .selectFrom('households')
          .innerJoin('shops', 'shops.id', 'households.id')
          .whereRef('households.village_id', '=', 'villages.id')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .as('shops'),
      ])
      .orderBy('villages.id')
      .execute();
    return rows.map((r) => ({
      villageId: r.villageId,
      villageName: r.villageName,
      households: Number(r.households),
      leadHouseholds: Number(r.leadHouseholds ?? 0),
      shops: Number(r.shops),
    }));
  }
}
