import {
  countsAtMonthEnd,
  exportDateCell,
  exportFileName,
  exportMonthCell,
  monthBounds,
  monthOf,
  monthsFrom,
  OrderStatusSchema,
  orderReference,
  PaymentMethodSchema,
  SHOP_TARGET_PERCENT,
  shopSharePercent,
  toLocalDate,
} from '@nongsan/domain';
import {
  ExportRepository,
  type ExportScope,
  type OrderPageCursor,
  type VillageMonthCount,
  type VillageMonthSales,
} from '../repositories/export-repository.ts';
import type { ServiceDeps } from './deps.ts';
import {
  COMMUNE_EXPORT_HEADER,
  ORDER_EXPORT_HEADER,
  ORDER_STATUS_WORDS,
  PAYMENT_METHOD_WORDS,
} from './export-words.ts';

/** One spreadsheet: the name it is saved under, its header row and its rows, read from the database a page at a time. */
export interface ExportTable {
  readonly fileName: string;
  readonly header: readonly string[];
  readonly rows: AsyncIterable<readonly (string | number)[]>;
}

/** How many orders, or villages, one read of an export takes. */
export const EXPORT_PAGE_SIZE: ExportPageSize = { orders: 500, villages: 50 };

export interface ExportPageSize {
  readonly orders: number;
  readonly villages: number;
}

function byVillageAndMonth<T extends { villageId: string; month: string }>(rows: readonly T[]) {
  const map = new Map<string, Map<string, T>>();
  for (const row of rows) {
    const months = map.get(row.villageId) ?? new Map<string, T>();
    months.set(row.month, row);
    map.set(row.villageId, months);
  }
  return map;
}

/** The word for a stored value the domain knows, else the value as stored. */
function wordFor<K extends string>(
  words: Readonly<Record<K, string>>,
  parsed: { success: true; data: K } | { success: false },
  stored: string,
): string {
  return parsed.success ? words[parsed.data] : stored;
}

function counts(rows: ReadonlyMap<string, VillageMonthCount> | undefined): Map<string, number> {
  return new Map([...(rows ?? [])].map(([month, row]) => [month, row.count]));
}

/**
 * The spreadsheets sellers and officials download: the scope is decided by the caller (who may see what is the
 * same rule as for the screens); this reads it page by page and words every cell as the domain says.
 */
export class ExportsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly pageSize: ExportPageSize = EXPORT_PAGE_SIZE,
  ) {}

  /** A shop's orders, oldest first, one row each with what was paid and when; of one month, or all of them. */
  shopOrders(shopId: string, month?: string): ExportTable {
    const repo = new ExportRepository(this.deps.db);
    const limit = this.pageSize.orders;
    const bounds = month === undefined ? {} : monthBounds(month);
    async function* rows() {
      let after: OrderPageCursor | undefined;
      for (;;) {
        const page = await repo.shopOrders(shopId, { ...bounds, after, limit });
        for (const order of page) {
          const placedAt = new Date(order.placedAt);
          yield [
            exportMonthCell(monthOf(placedAt)),
            exportDateCell(placedAt),
            orderReference(order),
            wordFor(ORDER_STATUS_WORDS, OrderStatusSchema.safeParse(order.status), order.status),
            wordFor(
              PAYMENT_METHOD_WORDS,
              PaymentMethodSchema.safeParse(order.paymentMethod),
              order.paymentMethod,
            ),
            order.subtotal,
            order.deliveryFee,
            order.total,
            order.paidAmount ?? 0,
            order.paidAt === null ? '' : exportDateCell(new Date(order.paidAt)),
          ] as const;
        }
        const last = page.at(-1);
        if (!last || page.length < limit) return;
        after = { placedAt: last.placedAt, id: last.id };
      }
    }
    const today = toLocalDate(this.deps.clock.now());
    return {
      fileName: exportFileName('orders', [month ?? `den-${today}`]),
      header: ORDER_EXPORT_HEADER,
      rows: rows(),
    };
  }

  /**
   * Adoption and sales of a commune's (or a province's) villages by month: households and shops at each month's
   * end against the target, and the month's sold orders, grams, pieces and đồng of goods; from the first month
   * anything happened to this month, village by village (a page of villages at a time).
   */
  villageMonths(scope: ExportScope): ExportTable {
    const repo = new ExportRepository(this.deps.db);
    const now = this.deps.clock.now();
    const limit = this.pageSize.villages;
    async function* rows() {
      const first = await repo.firstActivity(scope);
      if (first === null) return;
      const months = monthsFrom(monthOf(first), monthOf(now));
      let afterId: string | undefined;
      for (;;) {
        const villages = await repo.villages(scope, { afterId, limit });
        const ids = villages.map((v) => v.id);
        const [households, shops, sales] = await Promise.all([
          repo.householdsAdded(ids),
          repo.shopsOpened(ids),
          repo.sales(ids),
        ]);
        const householdsBy = byVillageAndMonth(households);
        const shopsBy = byVillageAndMonth(shops);
        const salesBy = byVillageAndMonth<VillageMonthSales>(sales);
        for (const village of villages) {
          const householdsAt = countsAtMonthEnd(counts(householdsBy.get(village.id)), months);
          const shopsAt = countsAtMonthEnd(counts(shopsBy.get(village.id)), months);
          for (const [i, month] of months.entries()) {
            const sold = salesBy.get(village.id)?.get(month);
            const householdCount = householdsAt[i] ?? 0;
            const shopCount = shopsAt[i] ?? 0;
            yield [
              village.communeName,
              village.name,
              exportMonthCell(month),
              householdCount,
              shopCount,
              shopSharePercent(shopCount, householdCount),
              SHOP_TARGET_PERCENT,
              sold?.orders ?? 0,
              sold?.grams ?? 0,
              sold?.pieces ?? 0,
              sold?.vnd ?? 0,
            ] as const;
          }
        }
        const last = villages.at(-1);
        if (!last || villages.length < limit) return;
        afterId = last.id;
      }
    }
    return {
      fileName:
        'communeCode' in scope
          ? exportFileName('commune', [scope.communeCode, toLocalDate(now)])
          : exportFileName('province', [scope.provinceCode, toLocalDate(now)]),
      header: COMMUNE_EXPORT_HEADER,
      rows: rows(),
    };
  }
}
