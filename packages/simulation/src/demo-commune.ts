import {
  addDays,
  findCommune,
  findVillage,
  type Household,
  type Listing,
  type Order,
  type OrderEvent,
} from '@nongsan/domain';
import {
  type DemoBuyer,
  type DemoTeam,
  demoBuyers,
  demoHouseholds,
  demoTeamLimits,
  demoTeams,
} from './demo-people.ts';
import type { InMemoryMarket, MarketShop } from './in-memory-market.ts';
import { createRandom, type Random } from './random.ts';
import type { ScenarioInput } from './scenario.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';
import { type SimulationRun, simulate } from './simulate.ts';

/** xã Bắc Sơn since 1 July 2025 (Long Đống, thị trấn Bắc Sơn and Bắc Quỳnh merged), Lạng Sơn (province 20). */
const CURRENT_COMMUNE_CODE = '06325';
/** xã Long Đống before the reform. */
const LEGACY_COMMUNE_CODE = '06328';

export type { DemoBuyer, DemoTeam } from './demo-people.ts';

/** Plain data a server can insert: the calibrated commune as it stands on `endDate`, with its whole year. */
export interface DemoCommune {
  readonly seed: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly commune: { readonly code: string; readonly name: string; readonly provinceCode: string };
  readonly villages: readonly {
    readonly id: string;
    readonly name: string;
    readonly invented: boolean;
    /** The commune the village belonged to before the 2025 reform. */
    readonly legacyCommuneCode: string;
  }[];
  readonly households: readonly Household[];
  readonly teams: readonly DemoTeam[];
  readonly shops: readonly MarketShop[];
  readonly listings: readonly Listing[];
  readonly orders: readonly Order[];
  readonly orderEvents: readonly OrderEvent[];
  readonly buyers: readonly DemoBuyer[];
}

/**
 * The calibrated commune over the 12 months before `endDate`, with today's place names (xã Bắc Sơn and its thôn):
 * the programme starts a year before, so the apps open on a living commune, two thirds of its households with a
 * shop and something in season. The same date and seed give the same data.
 */
export async function demoCommune(options: {
  readonly endDate: string;
  readonly seed?: number;
}): Promise<DemoCommune> {
  const seed = options.seed ?? 1;
  const startDate = addDays(options.endDate, -365);
  const commune = findCommune(CURRENT_COMMUNE_CODE, 'current');
  const base = longDong2021;
  const input: ScenarioInput = {
    ...base,
    id: 'bac-son-demo',
    title: `xã Bắc Sơn, Lạng Sơn — ${startDate} → ${options.endDate}`,
    startDate,
    endDate: options.endDate,
    communes: base.communes.map((c) => ({
      ...c,
      id: 'bac-son',
      name: commune?.name ?? 'Bắc Sơn',
      district: '—',
    })),
    broadcasts: { ...base.broadcasts, startDate: addDays(startDate, 14) },
    techTeams: { ...base.techTeams, startDate: addDays(startDate, 21) },
  };
  const run = await simulate(input, { seed, keepHistory: true, keepWeeks: false });
  return demoData(run, startDate, options.endDate, createRandom(seed, 'people'));
}

function demoData(run: SimulationRun, startDate: string, endDate: string, random: Random): DemoCommune {
  const { population: pop } = run;
  const market = run.market as InMemoryMarket;
  const year = Number(endDate.slice(0, 4));
  const villageIdOf = (v: { id: string }) => findVillage(`long-dong:${v.id}`)?.id ?? v.id;
  const villages = pop.villages.map((v) => {
    const known = findVillage(`long-dong:${v.id}`);
    return {
      id: known?.id ?? v.id,
      name: known?.name ?? v.name,
      invented: known?.invented ?? true,
      legacyCommuneCode: LEGACY_COMMUNE_CODE,
    };
  });
  const households = demoHouseholds(run, pop.villages, villageIdOf, random, year, startDate);
  const teams = demoTeams(run, pop.villages, villageIdOf, random, demoTeamLimits(run));
  const buyers = demoBuyers(market.orders.values(), random);
  return {
    seed: run.seed,
    startDate,
    endDate,
    commune: {
      code: CURRENT_COMMUNE_CODE,
      name: findCommune(CURRENT_COMMUNE_CODE, 'current')?.name ?? 'Bắc Sơn',
      provinceCode: '20',
    },
    villages,
    households,
    teams,
    shops: [...market.shops.values()],
    listings: [...market.listings.values()],
    orders: [...market.orders.values()],
    orderEvents: market.history,
    buyers,
  };
}
