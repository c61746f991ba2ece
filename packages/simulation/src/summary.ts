import { PRODUCT_IDS } from '@nongsan/domain';
import { type CalibrationRow, checkCalibration } from './calibration.ts';
import type { Checkpoint } from './checkpoint.ts';
import type { LeadInfluence, SellerSpread } from './measures.ts';
import type { RunMetrics, VillageSnapshot } from './metrics.ts';

export type { Checkpoint } from './checkpoint.ts';

export interface VillageSummary {
  readonly id: string;
  readonly name: string;
  readonly households: number;
  readonly shopShareYearEnd: number;
  readonly shopShareEndOfRun: number;
}

export interface ProductSummary {
  readonly id: string;
  readonly orders: number;
  readonly deliveredKg: number;
  readonly revenueVnd: number;
}

/** How the campaign went, measured from the run (none of it is an input). */
export interface CampaignSummary {
  readonly techTeamMembers: number;
  /** Villages with a team (tổ công nghệ cộng đồng). */
  readonly techTeams: number;
  /** Shops opened at a group session, on a member's home visit, by the household alone. */
  readonly shopsOpenedBy: { readonly session: number; readonly helper: number; readonly self: number };
  /** Shops opened in the first 30 days of the group sessions. */
  readonly shopsFirstMonth: number;
  /** Share of households that want a shop on the last day (with or without one): where the run was heading. */
  readonly wantShopShare: number;
  readonly leadInfluence: LeadInfluence;
}

/** Everything `summary.json` holds. Numbers are rounded so that the file reads well and compares byte for byte. */
export interface Summary {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly startDate: string;
  readonly endDate: string;
  /** The end of the run's first calendar year (31 December 2021 for the default scenario). */
  readonly yearEnd: Checkpoint;
  readonly endOfRun: Checkpoint;
  readonly villages: readonly VillageSummary[];
  readonly products: readonly ProductSummary[];
  readonly orderOutcomes: {
    readonly placed: number;
    readonly delivered: number;
    readonly cancelled: number;
    readonly rejected: Readonly<Record<string, number>>;
  };
  readonly campaign: CampaignSummary;
  /** How delivered orders spread over the sellers, over the whole run. */
  readonly sellers: SellerSpread;
  /** Against the Long Đống bands; empty for a scenario that is not checked against them (a province). */
  readonly calibration: readonly {
    readonly id: string;
    readonly simulated: number;
    readonly min: number;
    readonly max: number;
    readonly inBand: boolean;
  }[];
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** The checkpoint for `date` from the village standings and the run's counters so far. */
export function checkpointOf(
  date: string,
  villages: readonly VillageSnapshot[],
  metrics: RunMetrics,
): Checkpoint {
  let households = 0;
  let shops = 0;
  let accounts = 0;
  let leads = 0;
  for (const v of villages) {
    households += v.households;
    shops += v.shops;
    accounts += v.paymentAccounts;
    leads += v.leadSellers;
  }
  let orders = 0;
  let grams = 0;
  let revenue = 0;
  for (let c = 0; c < metrics.delivered.length; c++) {
    orders += metrics.delivered[c] as number;
    grams += metrics.deliveredGrams[c] as number;
    revenue += metrics.revenue[c] as number;
  }
  const byZone = metrics.deliveredByZone;
  const zoned = (byZone[0] as number) + (byZone[1] as number) + (byZone[2] as number);
  const share = (n: number) => (households === 0 ? 0 : round(n / households, 4));
  return {
    date,
    households,
    shops,
    shopShare: share(shops),
    paymentAccounts: accounts,
    paymentAccountShare: share(accounts),
    leadSellers: leads,
    leadSellerShare: share(leads),
    orders,
    deliveredKg: round(grams / 1000, 3),
    revenueVnd: revenue,
    inDistrictOrderShare: zoned === 0 ? 0 : round((byZone[0] as number) / zoned, 4),
  };
}

export function buildSummary(input: {
  readonly scenario: { readonly id: string; readonly title: string };
  readonly seed: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly yearEnd: Checkpoint;
  readonly endOfRun: Checkpoint;
  readonly yearEndVillages: readonly VillageSnapshot[];
  readonly endVillages: readonly VillageSnapshot[];
  readonly villageNames: readonly { readonly id: string; readonly name: string }[];
  readonly metrics: RunMetrics;
  readonly checksCalibration: boolean;
  readonly campaign: CampaignSummary;
  readonly sellers: SellerSpread;
}): Summary {
  const { metrics } = input;
  const villageShare = (s: VillageSnapshot | undefined) =>
    s && s.households > 0 ? round(s.shops / s.households, 4) : 0;
  const products = PRODUCT_IDS.map((id, p) => {
    let orders = 0;
    let grams = 0;
    let revenue = 0;
    for (let v = 0; v < input.villageNames.length; v++) {
      const c = metrics.cell(v, p);
      orders += metrics.delivered[c] as number;
      grams += metrics.deliveredGrams[c] as number;
      revenue += metrics.revenue[c] as number;
    }
    return { id, orders, deliveredKg: round(grams / 1000, 3), revenueVnd: revenue };
  }).filter((p) => p.orders > 0);
  const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
  const rejected: Record<string, number> = {};
  for (const code of [...metrics.rejected.keys()].sort()) rejected[code] = metrics.rejected.get(code) ?? 0;
  const calibration: CalibrationRow[] = input.checksCalibration ? checkCalibration(input) : [];
  return {
    scenario: input.scenario,
    seed: input.seed,
    startDate: input.startDate,
    endDate: input.endDate,
    yearEnd: input.yearEnd,
    endOfRun: input.endOfRun,
    villages: input.villageNames.map((v, i) => ({
      id: v.id,
      name: v.name,
      households: input.endVillages[i]?.households ?? 0,
      shopShareYearEnd: villageShare(input.yearEndVillages[i]),
      shopShareEndOfRun: villageShare(input.endVillages[i]),
    })),
    products,
    orderOutcomes: {
      placed: sum(metrics.placed),
      delivered: sum(metrics.delivered),
      cancelled: sum(metrics.cancelled),
      rejected,
    },
    campaign: input.campaign,
    sellers: input.sellers,
    calibration: calibration.map((r) => ({
      id: r.band.id,
      simulated: r.simulated,
      min: r.band.min,
      max: r.band.max,
      inBand: r.inBand,
    })),
  };
}

/** summary.json's text: two-space indentation, keys in the order above, a final newline. */
export function summaryJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/**
 * A scenario not held against Long Đống's bands (a province): what it says, on its last day, for a reader to hold
 * against that place's own published figures.
 */
export function formatFigures(summary: Summary): string {
  const e = summary.endOfRun;
  const c = summary.campaign;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows: [string, string][] = [
    ['Hộ có gian hàng số · households with a shop', `${e.shops} / ${e.households} (${pct(e.shopShare)})`],
    ['Tài khoản thanh toán · e-payment accounts', `${e.paymentAccounts} (${pct(e.paymentAccountShare)})`],
    ['Hộ đầu tàu đã bán · lead households that sold', `${e.leadSellers} (${pct(e.leadSellerShare)})`],
    ['Đơn thành công · delivered orders', String(e.orders)],
    ['Sản lượng · delivered produce', `${(e.deliveredKg / 1000).toFixed(1)} t`],
    ['Doanh thu · revenue (goods)', `${(e.revenueVnd / 1e6).toFixed(1)} M ₫`],
    ['Thành viên tổ công nghệ · tech-team members', `${c.techTeamMembers} in ${c.techTeams} teams`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `Kết quả đến ${e.date} · Figures on ${e.date} (not checked against Long Đống's bands)`,
    ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
  ].join('\n');
}
