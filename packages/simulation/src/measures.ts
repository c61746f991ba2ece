import { STAGE } from './adoption-agents.ts';
import type { Population } from './population.ts';

/**
 * What the run measures of its own mechanism, for a reader to hold against the reports: how far a lead household's
 * example carries, and how the orders spread over the sellers. Computed from the households at the end of a run.
 */

/** Lead households and the neighbours who opened a shop after a lead next door had sold. */
export interface LeadInfluence {
  readonly leads: number;
  /** Mean, over lead households, of the neighbours who opened a shop after its first sale. */
  readonly followersPerLead: number;
  /** Of those, the mean number for whom the lead's example tipped it (without it they would not have wanted one). */
  readonly tippedPerLead: number;
}

export function leadInfluence(pop: Population): LeadInfluence {
  let leads = 0;
  let followers = 0;
  let tipped = 0;
  for (let h = 0; h < pop.households; h++) {
    if ((pop.stage[h] as number) < STAGE.firstSale) continue;
    leads++;
    followers += pop.followers[h] as number;
    tipped += pop.tipped[h] as number;
  }
  const per = (n: number) => (leads === 0 ? 0 : Math.round((n / leads) * 100) / 100);
  return { leads, followersPerLead: per(followers), tippedPerLead: per(tipped) };
}

export interface SellerSpread {
  /** Shops with at least one delivered order, and those orders. */
  readonly sellers: number;
  readonly orders: number;
  /** Share of delivered orders taken by the top tenth of those sellers, and the Gini coefficient over them. */
  readonly topTenthShare: number;
  readonly gini: number;
  /** The ten sellers with most delivered orders. */
  readonly top: readonly { readonly id: string; readonly village: string; readonly orders: number }[];
  /** Sellers by delivered orders, in doubling buckets (1, 2–3, 4–7, …). */
  readonly histogram: readonly {
    readonly min: number;
    readonly max: number;
    readonly sellers: number;
    readonly orders: number;
  }[];
}

export function sellerSpread(
  pop: Population,
  householdIds: readonly string[],
  villageName: (village: number) => string,
): SellerSpread {
  const sellers: number[] = [];
  for (let h = 0; h < pop.households; h++) if ((pop.sold[h] as number) > 0) sellers.push(h);
  sellers.sort((a, b) => (pop.sold[b] as number) - (pop.sold[a] as number) || a - b);
  const counts = sellers.map((h) => pop.sold[h] as number);
  const orders = counts.reduce((s, n) => s + n, 0);
  const tenth = Math.ceil(counts.length / 10);
  const topOrders = counts.slice(0, tenth).reduce((s, n) => s + n, 0);
  // Gini over sellers: 1 - 2 × (area under the Lorenz curve), counts ascending.
  let cumulative = 0;
  let area = 0;
  for (let i = counts.length - 1; i >= 0; i--) {
    const previous = cumulative;
    cumulative += counts[i] as number;
    area += (previous + cumulative) / 2;
  }
  const gini = counts.length === 0 || orders === 0 ? 0 : 1 - (2 * area) / (counts.length * orders);
  const histogram: { min: number; max: number; sellers: number; orders: number }[] = [];
  const largest = counts[0] ?? 0;
  for (let min = 1; min <= largest; min *= 2) {
    const max = min * 2 - 1;
    const inBucket = counts.filter((n) => n >= min && n <= max);
    histogram.push({ min, max, sellers: inBucket.length, orders: inBucket.reduce((s, n) => s + n, 0) });
  }
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    sellers: counts.length,
    orders,
    topTenthShare: orders === 0 ? 0 : round(topOrders / orders),
    gini: round(gini),
    top: sellers.slice(0, 10).map((h) => ({
      id: householdIds[h] ?? String(h),
      village: villageName(pop.villageOf[h] as number),
      orders: pop.sold[h] as number,
    })),
    histogram,
  };
}
