import { isIdleAfterHarvest, monthBefore, SHOP_TARGET, toLocalDate } from '@nongsan/domain';
import { inTransaction, repositoriesFor } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';

/** One commune in the province's overview: adoption against the target, its last twelve months, whether it idles. */
export interface CommuneOverview {
  readonly code: string;
  readonly name: string;
  readonly formerNames: string;
  readonly households: number;
  readonly shops: number;
  /** Shops per household, 0..1. */
  readonly shopShare: number;
  readonly onTarget: boolean;
  readonly leadHouseholds: number;
  /** Sold orders and VND of goods over the last twelve months, the current one included. */
  readonly orders: number;
  readonly vnd: number;
  /** Sold in the year before, nothing in the last months (the domain's `isIdleAfterHarvest`). */
  readonly idle: boolean;
}

export interface ProvinceMonth {
  readonly month: string;
  readonly orders: number;
  readonly kg: number;
  readonly pieces: number;
  readonly vnd: number;
}

export interface ProvinceOverview {
  readonly provinceCode: string;
  /** When the figures were counted (null: not yet; the job counts them within a minute of start). */
  readonly asOf: string | null;
  readonly target: number;
  readonly households: number;
  readonly shops: number;
  readonly communes: readonly CommuneOverview[];
  /** The province's sales by month, oldest first, over the last twelve months. */
  readonly months: readonly ProvinceMonth[];
}

/**
 * What the province's officials follow, read from the pre-aggregated figures (FiguresRepository), never from every
 * order: each commune's adoption against the target and its sales, the province's months, the communes gone idle.
 */
export class ProvinceService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Recounts the figures (the job's one pass), in one transaction. */
  async refreshFigures(): Promise<number> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.db, (repos) => repos.figures.refresh(now));
  }

  async overview(provinceCode: string): Promise<ProvinceOverview> {
    const repos = repositoriesFor(this.deps.db);
    const currentMonth = toLocalDate(this.deps.clock.now()).slice(0, 7);
    const fromMonth = monthBefore(currentMonth, 12);
    const [communes, figures, months, asOf] = await Promise.all([
      repos.communes.list({ provinceCode }),
      repos.figures.communeFigures(provinceCode),
      repos.figures.communeMonths(provinceCode, fromMonth),
      repos.figures.refreshedAt(),
    ]);
    const figuresOf = new Map(figures.map((f) => [f.communeCode, f]));
    const monthsOf = new Map<string, typeof months>();
    for (const m of months) monthsOf.set(m.communeCode, [...(monthsOf.get(m.communeCode) ?? []), m]);
    const byMonth = new Map<string, ProvinceMonth>();
    for (const m of months) {
      if (m.month <= monthBefore(currentMonth, 12)) continue;
      const sum = byMonth.get(m.month) ?? { month: m.month, orders: 0, kg: 0, pieces: 0, vnd: 0 };
      byMonth.set(m.month, {
        month: m.month,
        orders: sum.orders + m.orders,
        kg: sum.kg + m.grams / 1000,
        pieces: sum.pieces + m.pieces,
        vnd: sum.vnd + m.vnd,
      });
    }
    const overviews = communes
      .filter((c) => figuresOf.has(c.code))
      .map((c): CommuneOverview => {
        const f = figuresOf.get(c.code);
        const households = f?.households ?? 0;
        const shops = f?.shops ?? 0;
        const shopShare = households === 0 ? 0 : shops / households;
        const own = (monthsOf.get(c.code) ?? []).filter((m) => m.month > monthBefore(currentMonth, 12));
        return {
          code: c.code,
          name: c.name,
          formerNames: c.formerNames,
          households,
          shops,
          shopShare,
          onTarget: shopShare >= SHOP_TARGET,
          leadHouseholds: f?.leadHouseholds ?? 0,
          orders: own.reduce((s, m) => s + m.orders, 0),
          vnd: own.reduce((s, m) => s + m.vnd, 0),
          idle: isIdleAfterHarvest(monthsOf.get(c.code) ?? [], currentMonth),
        };
      });
    return {
      provinceCode,
      asOf,
      target: SHOP_TARGET,
      households: overviews.reduce((s, c) => s + c.households, 0),
      shops: overviews.reduce((s, c) => s + c.shops, 0),
      communes: overviews,
      months: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
    };
  }
}
