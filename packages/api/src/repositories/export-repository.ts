import { type Database, dialectOf } from '@nongsan/db';
import { SOLD_ORDER_STATUSES } from '@nongsan/domain';
import { type Kysely, sql } from 'kysely';

/** One order of a shop as its export row needs it. */
export interface ExportOrderRow {
  readonly id: string;
  readonly placedAt: string;
  readonly status: string;
  readonly paymentMethod: string;
  readonly subtotal: number;
  readonly deliveryFee: number;
  readonly total: number;
  readonly paidAmount: number | null;
  readonly paidAt: string | null;
}

/** Where the previous page of a shop's orders ended: its last order's placing time and id. */
export interface OrderPageCursor {
  readonly placedAt: string;
  readonly id: string;
}

/** What a commune export covers: one commune, or every commune of a province. */
export type ExportScope = { readonly communeCode: string } | { readonly provinceCode: string };

/** A village of the scope, by id, with its commune's name. */
export interface ExportVillage {
  readonly id: string;
  readonly name: string;
  readonly communeName: string;
}

/** How many of something (households registered, shops opened) a village had in one month. */
export interface VillageMonthCount {
  readonly villageId: string;
  readonly month: string;
  readonly count: number;
}

/** A village's sold orders in one month: orders, grams of weighed goods, pieces, đồng of goods. */
export interface VillageMonthSales {
  readonly villageId: string;
  readonly month: string;
  readonly orders: number;
  readonly grams: number;
  readonly pieces: number;
  readonly vnd: number;
}

/**
 * What the spreadsheet exports read, a page at a time so a province's export never holds every row at once: a
 * shop's orders by placing time, the villages of a commune or a province by id, and per chunk of villages their counts and sales by
 * month (Vietnam's time).
 */
export class ExportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** `YYYY-MM` in Vietnam's time (UTC+7, no daylight saving) of a UTC time column. */
  private localMonth(column: string) {
    const ref = sql.ref(column);
    return dialectOf(this.db) === 'postgres'
      ? sql<string>`to_char((${ref}::timestamptz) at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`
      : sql<string>`strftime('%Y-%m', ${ref}, '+7 hours')`;
  }

  /** Up to `limit` orders of a shop placed in [from, until), after `after`, oldest first. */
  async shopOrders(
    shopId: string,
    options: { from?: Date; until?: Date; after?: OrderPageCursor; limit: number },
  ): Promise<ExportOrderRow[]> {
    let query = this.db
      .selectFrom('orders')
      .select([
        'id',
        'placed_at as placedAt',
        'status',
        'payment_method as paymentMethod',
        'subtotal',
        'delivery_fee as deliveryFee',
        'total',
        'paid_amount as paidAmount',
        'paid_at as paidAt',
      ])
      .where('shop_id', '=', shopId);
    if (options.from) query = query.where('placed_at', '>=', options.from.toISOString());
    if (options.until) query = query.where('placed_at', '<', options.until.toISOString());
    const after = options.after;
    if (after)
      query = query.where((eb) =>
        eb.or([
          eb('placed_at', '>', after.placedAt),
          eb.and([eb('placed_at', '=', after.placedAt), eb('id', '>', after.id)]),
        ]),
      );
    const rows = await query.orderBy('placed_at').orderBy('id').limit(options.limit).execute();
    return rows.map((r) => ({
      ...r,
      subtotal: Number(r.subtotal),
      deliveryFee: Number(r.deliveryFee),
      total: Number(r.total),
      paidAmount: r.paidAmount === null ? null : Number(r.paidAmount),
    }));
  }

  /** The ids of the villages in a scope, as a subquery. */
  private villageIdsIn(scope: ExportScope) {
    const query = this.db.selectFrom('villages').select('villages.id');
    if ('communeCode' in scope) return query.where('villages.current_commune_code', '=', scope.communeCode);
    return query.where('villages.current_commune_code', 'in', (eb) =>
      eb
        .selectFrom('communes')
        .select('communes.code')
        .where('communes.province_code', '=', scope.provinceCode),
    );
  }

  /** Up to `limit` villages of the scope after the village `afterId`, by id, with their commune's name. */
  async villages(scope: ExportScope, options: { afterId?: string; limit: number }): Promise<ExportVillage[]> {
    let query = this.db
      .selectFrom('villages')
      .innerJoin('communes', 'communes.code', 'villages.current_commune_code')
      .select(['villages.id as id', 'villages.name as name', 'communes.name as communeName'])
      .where('villages.id', 'in', this.villageIdsIn(scope));
    if (options.afterId !== undefined) query = query.where('villages.id', '>', options.afterId);
    return query.orderBy('villages.id').limit(options.limit).execute();
  }

  /** The earliest time anything happened in the scope: a household registered or an order placed (null: none). */
  async firstActivity(scope: ExportScope): Promise<Date | null> {
    const household = await this.db
      .selectFrom('households')
      .select((eb) => eb.fn.min('created_at').as('first'))
      .where('village_id', 'in', this.villageIdsIn(scope))
      .executeTakeFirst();
    const order = await this.db
      .selectFrom('orders')
      .innerJoin('households', 'households.id', 'orders.shop_id')
      .select((eb) => eb.fn.min('orders.placed_at').as('first'))
      .where('households.village_id', 'in', this.villageIdsIn(scope))
      .executeTakeFirst();
    const firsts = [household?.first, order?.first].filter((t): t is string => typeof t === 'string');
    const earliest = firsts.sort()[0];
    return earliest === undefined ? null : new Date(earliest);
  }

  /** Households registered per village and month, for the villages named. */
  async householdsAdded(villageIds: readonly string[]): Promise<VillageMonthCount[]> {
    if (villageIds.length === 0) return [];
    const month = this.localMonth('households.created_at');
    const rows = await this.db
      .selectFrom('households')
      .select((eb) => [
        'households.village_id as villageId',
        month.as('month'),
        eb.fn.countAll<number | string>().as('count'),
      ])
      .where('households.village_id', 'in', villageIds)
      .groupBy(['households.village_id', month])
      .execute();
    return rows.map((r) => ({ villageId: r.villageId, month: r.month, count: Number(r.count) }));
  }

  /** Shops opened per village and month, for the villages named. */
  async shopsOpened(villageIds: readonly string[]): Promise<VillageMonthCount[]> {
    if (villageIds.length === 0) return [];
    const month = this.localMonth('shops.opened_at');
    const rows = await this.db
      .selectFrom('shops')
      .innerJoin('households', 'households.id', 'shops.id')
      .select((eb) => [
        'households.village_id as villageId',
        month.as('month'),
        eb.fn.countAll<number | string>().as('count'),
      ])
      .where('households.village_id', 'in', villageIds)
      .groupBy(['households.village_id', month])
      .execute();
    return rows.map((r) => ({ villageId: r.villageId, month: r.month, count: Number(r.count) }));
  }

  /** Sold orders (the domain's `SOLD_ORDER_STATUSES`) per village and month, for the villages named. */
  async sales(villageIds: readonly string[]): Promise<VillageMonthSales[]> {
    if (villageIds.length === 0) return [];
    const month = this.localMonth('orders.placed_at');
    const rows = await this.db
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
      .where('households.village_id', 'in', villageIds)
      .groupBy(['households.village_id', month])
      .execute();
    return rows.map((r) => ({
      villageId: r.villageId,
      month: r.month,
      orders: Number(r.orders),
      grams: Number(r.grams ?? 0),
      pieces: Number(r.pieces ?? 0),
      vnd: Number(r.vnd ?? 0),
    }));
  }
}
