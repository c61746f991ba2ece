import { PRODUCT_IDS } from '@nongsan/domain';
import { STAGE } from './adoption-agents.ts';
import type { Population } from './population.ts';

/** Delivery zones in the order the metrics count them. */
export const ZONES = ['local', 'province', 'elsewhere'] as const;

const PRODUCTS = PRODUCT_IDS.length;

/** How a village stands at one moment. */
export interface VillageSnapshot {
  readonly households: number;
  readonly aware: number;
  readonly paymentAccounts: number;
  readonly shops: number;
  readonly leadSellers: number;
}

/** One week of one village and product: the village's standing at the week's end and the week's orders. */
export interface WeekRow {
  readonly weekStart: number;
  readonly weekEnd: number;
  readonly village: number;
  readonly product: number;
  readonly snapshot: VillageSnapshot;
  readonly activeListings: number;
  readonly ordersPlaced: number;
  readonly ordersDelivered: number;
  readonly ordersCancelled: number;
  readonly deliveredGrams: number;
  readonly revenueVnd: number;
}

/**
 * Counters the run keeps as it goes: orders by village and product (cumulative), by zone, by month, and a weekly
 * table. Counting happens where things happen (placement, delivery, cancellation), so nothing is recomputed
 * from the orders afterwards.
 */
export class RunMetrics {
  readonly placed: Float64Array;
  readonly delivered: Float64Array;
  readonly cancelled: Float64Array;
  readonly deliveredGrams: Float64Array;
  readonly revenue: Float64Array;
  readonly deliveredByZone = new Float64Array(ZONES.length);
  readonly placedByZone = new Float64Array(ZONES.length);
  readonly activeListings: Int32Array;
  /** Per month of the run (0 = the start month) and product: delivered orders, grams, revenue. */
  readonly monthly: Float64Array;
  readonly weeks: WeekRow[] = [];
  /** Shop share of each village at each week's end, for the adoption chart. */
  readonly villageShopShare: number[][] = [];
  readonly weekEnds: number[] = [];
  readonly rejected = new Map<string, number>();
  private readonly lastFlush: Float64Array[];
  private weekStart = 0;

  constructor(
    private readonly pop: Population,
    months: number,
    /** Which products each village grows: only those get weekly rows. */
    private readonly villageProducts: readonly (readonly number[])[],
    private readonly keepWeeks: boolean,
  ) {
    const cells = pop.villages.length * PRODUCTS;
    this.placed = new Float64Array(cells);
    this.delivered = new Float64Array(cells);
    this.cancelled = new Float64Array(cells);
    this.deliveredGrams = new Float64Array(cells);
    this.revenue = new Float64Array(cells);
    this.activeListings = new Int32Array(cells);
    this.monthly = new Float64Array(months * PRODUCTS * 3);
    this.lastFlush = [0, 1, 2, 3, 4].map(() => new Float64Array(cells));
    for (let v = 0; v < pop.villages.length; v++) this.villageShopShare.push([]);
  }

  cell(village: number, product: number): number {
    return village * PRODUCTS + product;
  }

  orderPlaced(village: number, product: number, zone: number): void {
    const c = this.cell(village, product);
    this.placed[c] = (this.placed[c] as number) + 1;
    this.placedByZone[zone] = (this.placedByZone[zone] as number) + 1;
  }

  orderDelivered(
    village: number,
    product: number,
    zone: number,
    grams: number,
    revenue: number,
    month: number,
  ) {
    const c = this.cell(village, product);
    this.delivered[c] = (this.delivered[c] as number) + 1;
    this.deliveredGrams[c] = (this.deliveredGrams[c] as number) + grams;
    this.revenue[c] = (this.revenue[c] as number) + revenue;
    this.deliveredByZone[zone] = (this.deliveredByZone[zone] as number) + 1;
    const m = (month * PRODUCTS + product) * 3;
    this.monthly[m] = (this.monthly[m] as number) + 1;
    this.monthly[m + 1] = (this.monthly[m + 1] as number) + grams;
    this.monthly[m + 2] = (this.monthly[m + 2] as number) + revenue;
  }

  orderCancelled(village: number, product: number): void {
    const c = this.cell(village, product);
    this.cancelled[c] = (this.cancelled[c] as number) + 1;
  }

  listingCount(village: number, product: number, delta: number): void {
    const c = this.cell(village, product);
    this.activeListings[c] = (this.activeListings[c] as number) + delta;
  }

  orderRejected(code: string): void {
    this.rejected.set(code, (this.rejected.get(code) ?? 0) + 1);
  }

  /** How every village stands now (one pass over the households). */
  villageSnapshots(): VillageSnapshot[] {
    const { pop } = this;
    const out = pop.villages.map(() => ({
      households: 0,
      aware: 0,
      paymentAccounts: 0,
      shops: 0,
      leadSellers: 0,
    }));
    for (let h = 0; h < pop.households; h++) {
      const s = out[pop.villageOf[h] as number];
      if (!s) continue;
      const stage = pop.stage[h] as number;
      s.households++;
      if (stage >= STAGE.aware) s.aware++;
      if (pop.account[h] !== 0) s.paymentAccounts++;
      if (stage >= STAGE.shopOpen) s.shops++;
      if (stage >= STAGE.firstSale) s.leadSellers++;
    }
    return out;
  }

  /** Closes the week that ends on `day`: one row per village and product it grows, and the adoption curve. */
  endWeek(day: number): void {
    const snapshots = this.villageSnapshots();
    snapshots.forEach((s, v) => {
      this.villageShopShare[v]?.push(s.households === 0 ? 0 : s.shops / s.households);
    });
    this.weekEnds.push(day);
    if (this.keepWeeks) {
      const [placed0, delivered0, cancelled0, grams0, revenue0] = this.lastFlush as [
        Float64Array,
        Float64Array,
        Float64Array,
        Float64Array,
        Float64Array,
      ];
      snapshots.forEach((snapshot, v) => {
        for (const p of this.villageProducts[v] ?? []) {
          const c = this.cell(v, p);
          this.weeks.push({
            weekStart: this.weekStart,
            weekEnd: day,
            village: v,
            product: p,
            snapshot,
            activeListings: this.activeListings[c] as number,
            ordersPlaced: (this.placed[c] as number) - (placed0[c] as number),
            ordersDelivered: (this.delivered[c] as number) - (delivered0[c] as number),
            ordersCancelled: (this.cancelled[c] as number) - (cancelled0[c] as number),
            deliveredGrams: (this.deliveredGrams[c] as number) - (grams0[c] as number),
            revenueVnd: (this.revenue[c] as number) - (revenue0[c] as number),
          });
        }
      });
      placed0.set(this.placed);
      delivered0.set(this.delivered);
      cancelled0.set(this.cancelled);
      grams0.set(this.deliveredGrams);
      revenue0.set(this.revenue);
    }
    this.weekStart = day + 1;
  }
}
