import { ADOPTION_STAGES, type AdoptionStage, DomainError, SHOP_TARGET, toLocalDate } from '@nongsan/domain';
import { HouseholdRepository } from '../repositories/household-repository.ts';
import { type SaleLineRow, StatsRepository } from '../repositories/stats-repository.ts';
import { VillageRepository } from '../repositories/village-repository.ts';
import type { ServiceDeps } from './deps.ts';
import { type PageRequest, pageOf, positionOf } from './page-cursor.ts';

/** Sales figures of a group of order lines: orders, kilograms of weighed goods, pieces, đồng of goods. */
export interface SalesFigures {
  readonly orders: number;
  readonly kg: number;
  readonly pieces: number;
  readonly vnd: number;
}

export interface SalesRow extends SalesFigures {
  /** 'YYYY-MM' in Vietnam's time. */
  readonly month: string;
  readonly productId: string;
}

/** A village's households by adoption stage, for the official's drill-down. */
export interface VillageHouseholds {
  readonly villageId: string;
  readonly villageName: string;
  readonly stages: readonly { readonly stage: AdoptionStage; readonly households: number }[];
  readonly households: readonly {
    readonly id: string;
    readonly head: string;
    readonly isLead: boolean;
    readonly adoptionStage: AdoptionStage;
    readonly shopName: string | null;
  }[];
  /** Where the next page of households starts (pass it back as `cursor`); null on the last page. */
  readonly nextCursor: string | null;
}

export interface VillageStats extends SalesFigures {
  readonly villageId: string;
  readonly villageName: string;
  readonly households: number;
  readonly shops: number;
  /** Shops per household, 0..1. */
  readonly shopShare: number;
  /** The commune's target share of households with a digital shop (64%, long-dong.md). */
  readonly target: number;
  /** Whether the village has reached the target. */
  readonly onTarget: boolean;
  readonly leadSellers: number;
}

export interface VillageMonth extends SalesFigures {
  readonly villageId: string;
  readonly month: string;
}

/** Sums order lines into figures per key, counting each order once per group. */
function sumBy<K extends string>(lines: readonly SaleLineRow[], keyOf: (line: SaleLineRow) => K) {
  const groups = new Map<K, { orders: Set<string>; grams: number; pieces: number; vnd: number }>();
  for (const line of lines) {
    const key = keyOf(line);
    const group = groups.get(key) ?? { orders: new Set<string>(), grams: 0, pieces: 0, vnd: 0 };
    group.orders.add(line.orderId);
    if (line.unit === 'kg') group.grams += line.quantity;
    else group.pieces += line.quantity;
    group.vnd += line.lineTotal;
    groups.set(key, group);
  }
  return new Map(
    [...groups].map(([key, g]) => [
      key,
      { orders: g.orders.size, kg: g.grams / 1000, pieces: g.pieces, vnd: g.vnd } satisfies SalesFigures,
    ]),
  );
}

const monthOf = (line: SaleLineRow) => toLocalDate(new Date(line.placedAt)).slice(0, 7);
const NONE: SalesFigures = { orders: 0, kg: 0, pieces: 0, vnd: 0 };

/**
 * The figures the seller app and the commune's officials read. Orders count as sales unless cancelled or come
 * back (`delivery_failed`); value is the goods' value (the delivery fee is not the farmer's revenue).
 */
export class StatsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A shop's sales by month and product, oldest month first. */
  async sales(shopId: string): Promise<{ rows: SalesRow[]; total: SalesFigures }> {
    const lines = await new StatsRepository(this.deps.db).saleLines({ shopId });
    const rows = [...sumBy(lines, (l) => `${monthOf(l)}|${l.productId}`)]
      .map(([key, figures]) => {
        const [month = '', productId = ''] = key.split('|');
        return { month, productId, ...figures };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || a.productId.localeCompare(b.productId));
    return { rows, total: sumBy(lines, () => 'all').get('all') ?? NONE };
  }

  /** A commune's villages: households, shops and their share against the target, lead sellers, orders, kg, VND. */
  async communeStats(communeCode: string): Promise<VillageStats[]> {
    const repo = new StatsRepository(this.deps.db);
    const [counts, lines] = await Promise.all([
      repo.villageCounts(communeCode),
      repo.saleLines({ communeCode }),
    ]);
    const sales = sumBy(lines, (l) => l.villageId);
    return counts.map((c) => {
      const shopShare = c.households === 0 ? 0 : c.shops / c.households;
      return {
        villageId: c.villageId,
        villageName: c.villageName,
        households: c.households,
        shops: c.shops,
        shopShare,
        target: SHOP_TARGET,
        onTarget: shopShare >= SHOP_TARGET,
        leadSellers: c.leadHouseholds,
        ...(sales.get(c.villageId) ?? NONE),
      };
    });
  }

  /**
   * One village as an official opens it: how many of its households are at each adoption stage (every stage, in
   * order, zeros included), and a page of its households with their stage and shop, by head's name.
   * `places.unknown_village` for an unknown id.
   */
  async village(villageId: string, page: PageRequest): Promise<VillageHouseholds> {
    const after = positionOf(page);
    const households = new HouseholdRepository(this.deps.db);
    const [villageName, stages, rows] = await Promise.all([
      new VillageRepository(this.deps.db).nameOf(villageId),
      households.stagesInVillage(villageId),
      households.listInVillage(villageId, { after, limit: page.limit + 1 }),
    ]);
    if (villageName === undefined)
      throw new DomainError('places.unknown_village', { id: villageId }, ['villageId']);
    const { items, nextCursor } = pageOf(
      rows,
      page.limit,
      (h) => [h.head, h.id],
      (h) => ({
        id: h.id,
        head: h.head,
        isLead: h.isLead,
        adoptionStage: h.adoptionStage,
        shopName: h.shopName,
      }),
    );
    return {
      villageId,
      villageName,
      stages: ADOPTION_STAGES.map((stage) => ({ stage, households: stages.get(stage) ?? 0 })),
      households: items,
      nextCursor,
    };
  }

  /** A commune's sales per village and month, oldest first. */
  async communeTimeseries(communeCode: string): Promise<VillageMonth[]> {
    const lines = await new StatsRepository(this.deps.db).saleLines({ communeCode });
    return [...sumBy(lines, (l) => `${monthOf(l)}|${l.villageId}`)]
      .map(([key, figures]) => {
        const [month = '', villageId = ''] = key.split('|');
        return { month, villageId, ...figures };
      })
      .sort((a, b) => a.month.localeCompare(b.month) || a.villageId.localeCompare(b.villageId));
  }
}
