import {
  addDays,
  BAC_SON_SUCCESSORS,
  COMMUNES,
  type Commune,
  communesNamed,
  findVillage,
  LANG_SON_PROVINCE_CODE,
} from '@nongsan/domain';
import type { DemoCommune } from './demo-commune.ts';
import { demoBuyers, demoHouseholds, demoTeamLimits, demoTeams } from './demo-people.ts';
import type { InMemoryMarket } from './in-memory-market.ts';
import type { VillageInfo } from './population.ts';
import { createRandom } from './random.ts';
import type { ScenarioInput } from './scenario.ts';
import { langSonProvince } from './scenarios/lang-son-province.ts';
import { simulate } from './simulate.ts';

/** One simulated commune of 2021 as it is written today: a part of the current commune it was merged into. */
export interface DemoProvincePart extends DemoCommune {
  /** The 2021 commune the simulation ran ("Xã Tràng Định 3"); `commune` is today's commune that holds it. */
  readonly simulatedName: string;
  /** 1-based position among the parts, for a progress line. */
  readonly index: number;
}

/** The simulated province, written part by part so that only one commune's rows exist at a time. */
export interface DemoProvince {
  readonly seed: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly provinceCode: string;
  /** Today's communes that receive simulated communes, by code (each gets its official). */
  readonly communes: readonly { readonly code: string; readonly name: string }[];
  /** How many simulated (2021) communes and households there are. */
  readonly parts: number;
  readonly households: number;
  /** The simulated communes in order, each built when asked for. */
  each(): Generator<DemoProvincePart>;
}

export interface DemoProvinceOptions {
  readonly endDate: string;
  readonly seed?: number;
  /** Keep only this many of the 200 communes, spread over the province (first and last included): for tests. */
  readonly communes?: number;
  /** Multiply every village's households, team and buyers by this (0 < scale ≤ 1): for tests. */
  readonly scale?: number;
  /**
   * Keep each commune's shops, listings and orders after `each()` has passed it, so that `each()` can run again
   * (tests); by default they are let go of.
   */
  readonly keepParts?: boolean;
}

/**
 * The simulation's synthetic Lạng Sơn province (about 200 communes of 2021, 200,000 households) over the 12 months
 * before `endDate`, placed in today's communes as the seed writes it. The province is simulated once; each commune's
 * rows (households, teams, shops, listings, orders and their histories, and the buyers not seen before) are built
 * only when `each()` reaches it, and let go of once passed (`each()` runs once unless `keepParts`).
 *
 * Where a simulated commune goes: Long Đống and Bắc Sơn's other communes, which the place data names, go to the
 * commune they were merged into in 2025 (Long Đống's villages are the place data's own). The others are numbered
 * in the simulation ("Xã Tràng Định 3"), so they are spread in order over the province's other communes of today,
 * sorted by code (a merged commune kept the code of one of its parts, and codes run district by district): about
 * three to each, as the reform did. Their villages are named with the simulated commune ("Thôn 2 (xã Tràng Định 3
 * cũ)") so the villages of one commune of today stay apart.
 */
export async function demoProvince(options: DemoProvinceOptions): Promise<DemoProvince> {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const startDate = addDays(options.endDate, -365);
  const base = langSonProvince({ endDate: options.endDate });
  const chosen = spread(base.communes, options.communes);
  const communes = scale === 1 ? chosen : chosen.map((c) => scaled(c, scale));
  const input: ScenarioInput = {
    ...base,
    id: 'lang-son-demo',
    title: `Tỉnh Lạng Sơn — ${startDate} → ${options.endDate}`,
    startDate,
    endDate: options.endDate,
    communes,
    broadcasts: { ...base.broadcasts, startDate: addDays(startDate, 14) },
    techTeams: { ...base.techTeams, startDate: addDays(startDate, 21) },
  };
  const run = await simulate(input, { seed, keepHistory: true, keepWeeks: false });
  const { population: pop, scenario, householdIds } = run;
  const market = run.market as InMemoryMarket;
  const placeOf = placeCommunes(scenario.communes);

  // What each simulated commune holds, grouped once.
  const communeOfHousehold = new Map<string, number>();
  householdIds.forEach((id, h) => {
    communeOfHousehold.set(id, pop.villages[pop.villageOf[h] as number]?.commune ?? 0);
  });
  const group = <T>(items: Iterable<T>, communeOf: (item: T) => number | undefined): T[][] => {
    const groups: T[][] = scenario.communes.map(() => []);
    for (const item of items) groups[communeOf(item) ?? 0]?.push(item);
    return groups;
  };
  const shops = group(market.shops.values(), (s) => communeOfHousehold.get(s.householdId));
  const listings = group(market.listings.values(), (l) => communeOfHousehold.get(l.shopId));
  const orders = group(market.orders.values(), (o) => communeOfHousehold.get(o.shopId));
  const communeOfOrder = new Map<string, number>();
  orders.forEach((list, c) => {
    for (const o of list) communeOfOrder.set(o.id, c);
  });
  const events = group(market.history, (e) => communeOfOrder.get(e.orderId));
  const villagesOf = group(pop.villages, (v) => v.commune);

  // The rows are built from the population alone: the market's maps are let go of, and each commune's groups once
  // written, so memory shrinks as the province is written.
  const people = { population: pop, householdIds, calendar: run.calendar, scenario };
  const limits = demoTeamLimits(people);
  const codes = [...new Set(placeOf.map((p) => p.commune.code))];
  const year = Number(options.endDate.slice(0, 4));
  return {
    seed,
    startDate,
    endDate: options.endDate,
    provinceCode: LANG_SON_PROVINCE_CODE,
    communes: codes.map((code) => {
      const commune = placeOf.find((p) => p.commune.code === code)?.commune as Commune;
      return { code, name: commune.name };
    }),
    parts: scenario.communes.length,
    households: pop.households,
    *each() {
      const random = createRandom(seed, 'people');
      const buyersSeen = new Set<string>();
      for (const [c, simulated] of scenario.communes.entries()) {
        const place = placeOf[c] as (typeof placeOf)[number];
        const villages = villagesOf[c] ?? [];
        const known = (v: VillageInfo) =>
          place.knownVillages ? findVillage(`${simulated.id}:${v.id}`) : undefined;
        const villageIdOf = (v: VillageInfo) => known(v)?.id ?? `${simulated.id}:${v.id}`;
        const partOrders = orders[c] ?? [];
        const buyers = demoBuyers(partOrders, random).filter((b) => !buyersSeen.has(b.id));
        for (const b of buyers) buyersSeen.add(b.id);
        yield {
          index: c + 1,
          simulatedName: simulated.name,
          seed,
          startDate,
          endDate: options.endDate,
          commune: {
            code: place.commune.code,
            name: place.commune.name,
            provinceCode: place.commune.provinceCode,
          },
          villages: villages.map((v) => ({
            id: villageIdOf(v),
            name: known(v)?.name ?? `${v.name} (${lowerKind(simulated.name)} cũ)`,
            invented: known(v)?.invented ?? true,
            legacyCommuneCode: place.legacyCode,
          })),
          households: demoHouseholds(people, villages, villageIdOf, random, year, startDate),
          teams: demoTeams(people, villages, villageIdOf, random, limits),
          shops: shops[c] ?? [],
          listings: listings[c] ?? [],
          orders: partOrders,
          orderEvents: events[c] ?? [],
          buyers,
        };
        if (!options.keepParts) for (const groups of [shops, listings, orders, events]) groups[c] = [];
      }
    },
  };
}

type CommuneInput = ScenarioInput['communes'][number];

/** `count` communes spread evenly over the list, the first and the last among them; all when undefined. */
function spread<T>(list: readonly T[], count: number | undefined): T[] {
  if (count === undefined || count >= list.length) return [...list];
  if (count <= 1) return list.slice(0, 1);
  return Array.from(
    { length: count },
    (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))] as T,
  );
}

function scaled(commune: CommuneInput, scale: number): CommuneInput {
  const times = (n: number) => Math.max(1, Math.round(n * scale));
  const { local, province, elsewhere } = commune.buyers;
  return {
    ...commune,
    villages: commune.villages.map((v) => ({
      ...v,
      households: Math.max(10, Math.round(v.households * scale)),
      techTeamMembers: Math.max(1, Math.min(v.techTeamMembers, times(v.techTeamMembers))),
    })),
    buyers: {
      local: { ...local, households: times(local.households) },
      province: { ...province, households: times(province.households) },
      elsewhere: { ...elsewhere, households: times(elsewhere.households) },
    },
  };
}

/** "Xã Tràng Định 3" → "xã Tràng Định 3", as it reads inside a sentence; a name without a kind gets "xã". */
function lowerKind(name: string): string {
  for (const kind of ['Xã', 'Thị trấn', 'Phường'])
    if (name.startsWith(`${kind} `)) return `${kind.toLowerCase()}${name.slice(kind.length)}`;
  return `xã ${name}`;
}

/**
 * Today's commune of each simulated commune, with the legacy code its villages had (the place data's, else the
 * current commune's own), and whether its villages are the place data's (Long Đống's).
 */
function placeCommunes(
  communes: readonly { readonly id: string; readonly name: string; readonly district: string }[],
): { commune: Commune; legacyCode: string; knownVillages: boolean }[] {
  const current = COMMUNES.filter(
    (c) => c.form === 'current' && c.provinceCode === LANG_SON_PROVINCE_CODE,
  ).sort((a, b) => a.code.localeCompare(b.code));
  const bacSonCodes = new Set(Object.values(BAC_SON_SUCCESSORS));
  const others = current.filter((c) => !bacSonCodes.has(c.code));
  const named = communes.map((c) => {
    if (c.district !== 'Bắc Sơn') return undefined;
    const legacy = communesNamed(c.name).find((n) => n.commune.form === 'legacy' && n.successor);
    return legacy?.successor ? { commune: legacy.successor, legacyCode: legacy.commune.code } : undefined;
  });
  const unnamed = named.filter((n) => n === undefined).length;
  let k = 0;
  return communes.map((c, i) => {
    const place = named[i];
    if (place) return { ...place, knownVillages: c.id === 'long-dong' };
    const commune = others[
      Math.min(others.length - 1, Math.floor((k++ * others.length) / unnamed))
    ] as Commune;
    return { commune, legacyCode: commune.code, knownVillages: false };
  });
}
