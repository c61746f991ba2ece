import { daysBetween, PRODUCT_IDS } from '@nongsan/domain';
import { AdoptionAgents, type AdoptionEvents, STAGE } from './adoption-agents.ts';
import { Buyers } from './buyers.ts';
import { InMemoryMarket } from './in-memory-market.ts';
import type { Market } from './market.ts';
import { leadInfluence, sellerSpread } from './measures.ts';
import { RunMetrics, type VillageSnapshot } from './metrics.ts';
import { OrderFlow } from './order-flow.ts';
import { createPopulation, type Population } from './population.ts';
import { Post } from './post.ts';
import { createRandom } from './random.ts';
import {
  createCalendar,
  householdIdsOf,
  productParamsOf,
  type RunCalendar,
  type RunContext,
} from './run-context.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { Sellers } from './sellers.ts';
import { buildSummary, type Checkpoint, checkpointOf, type Summary } from './summary.ts';

export interface SimulateOptions {
  readonly seed: number;
  /** The market the agents act on; an in-memory one over the domain by default. */
  readonly market?: Market;
  /** Keep the weekly table for timeseries.csv (default true; off for province-sized runs). */
  readonly keepWeeks?: boolean;
  /** Keep every order's history in the in-memory market (for the demo database). */
  readonly keepHistory?: boolean;
  /** Called after each day (for a progress bar); `status()` counts the commune now (a pass over households). */
  readonly onDay?: (day: number, days: number, date: string, status: () => DayStatus) => void;
  /** Every adoption step, membership change and payment account, as it happens. */
  readonly events?: Partial<AdoptionEvents>;
}

/** How a run stands after a day, for progress lines. */
export interface DayStatus {
  readonly date: string;
  readonly households: number;
  readonly shops: number;
  readonly ordersDelivered: number;
}

export interface SimulationRun {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly calendar: RunCalendar;
  readonly population: Population;
  readonly householdIds: readonly string[];
  readonly metrics: RunMetrics;
  readonly market: Market;
  readonly summary: Summary;
  readonly yearEndDay: number;
}

const NO_EVENTS: AdoptionEvents = { stage() {}, account() {}, assignment() {} };

/**
 * Runs a scenario day by day. Each day: households due today and the tech teams' visits (adoption), growers'
 * listings and restocks (sellers), the day's orders (buyers), then every timed order step until midnight (sellers
 * and the post). The seed fixes every draw; each concern has its own stream, so a what-if that changes one concern
 * leaves the others' luck as it was.
 */
export async function simulate(input: unknown, options: SimulateOptions): Promise<SimulationRun> {
  const scenario = parseScenario(input);
  const root = createRandom(options.seed);
  const pop = createPopulation(scenario, root.fork('households'));
  const calendar = createCalendar(scenario.startDate, scenario.endDate);
  const householdIds = householdIdsOf(scenario, pop);
  const householdByShop = new Map(householdIds.map((id, h) => [id, h]));
  const communeOfVillage = pop.villages.map((v) => scenario.communes[v.commune]?.id ?? '');
  const market =
    options.market ??
    new InMemoryMarket({
      areaOf: (shopId) => communeOfVillage[pop.villageOf[householdByShop.get(shopId) ?? 0] as number] ?? '',
      keepHistory: options.keepHistory ?? false,
    });
  const productParams = productParamsOf(scenario);
  const villageProducts = pop.villages.map((v) => {
    const village = scenario.communes[v.commune]?.villages.find((x) => x.id === v.id);
    return PRODUCT_IDS.flatMap((id, p) => ((village?.growers[id] ?? 0) > 0 && productParams[p] ? [p] : []));
  });
  const metrics = new RunMetrics(pop, calendar.months.length, villageProducts, options.keepWeeks ?? true);
  const ctx: RunContext = {
    scenario,
    pop,
    calendar,
    market,
    metrics,
    householdIds,
    householdByShop,
    productParams,
  };

  const given: AdoptionEvents = { ...NO_EVENTS, ...options.events };
  const shopsBy: Record<'session' | 'helper' | 'self', number> = { session: 0, helper: 0, self: 0 };
  const sessionsStart = daysBetween(scenario.startDate, scenario.techTeams.groupSessions.startDate);
  let shopsFirstMonth = 0;
  const events: AdoptionEvents = {
    ...given,
    stage(h, from, to, day, cause, member) {
      if (to === STAGE.shopOpen) {
        if (cause === 'session' || cause === 'helper' || cause === 'self') shopsBy[cause]++;
        if (day < sessionsStart + 30) shopsFirstMonth++;
      }
      given.stage(h, from, to, day, cause, member);
    },
  };
  const shopsOpened: { h: number; day: number }[] = [];
  const adoption = new AdoptionAgents(scenario, pop, calendar.days, root.fork('adoption'), events, (h, day) =>
    shopsOpened.push({ h, day }),
  );
  const sellers = new Sellers(ctx, adoption, root.fork('sellers'));
  const broadcastStart = Math.max(0, daysBetween(scenario.startDate, scenario.broadcasts.startDate));
  const buyers = new Buyers(ctx, root.fork('buyers'), broadcastStart);
  const post = new Post(scenario, root.fork('post'));
  const flow = new OrderFlow(ctx, sellers, adoption, post, root.fork('orders'));

  const firstYearEnd = `${scenario.startDate.slice(0, 4)}-12-31`;
  const yearEndDay = Math.min(calendar.days - 1, daysBetween(scenario.startDate, firstYearEnd));
  let yearEnd: Checkpoint | undefined;
  let yearEndVillages: VillageSnapshot[] = [];

  adoption.start();
  for (let day = 0; day < calendar.days; day++) {
    adoption.step(day);
    for (const { h, day: opened } of shopsOpened.splice(0)) await sellers.onShopOpen(h, opened);
    await sellers.step(day);
    await buyers.step(day, flow.onPlaced);
    const midnight = (calendar.dayStart[day] as number) + 86_400_000;
    await flow.runUntil(midnight);
    if (day === yearEndDay) {
      yearEndVillages = metrics.villageSnapshots();
      yearEnd = checkpointOf(calendar.dates[day] as string, yearEndVillages, metrics);
    }
    if (day % 7 === 6 || day === calendar.days - 1) metrics.endWeek(day);
    if (options.onDay) {
      const date = calendar.dates[day] as string;
      options.onDay(day, calendar.days, date, () => {
        const c = checkpointOf(date, metrics.villageSnapshots(), metrics);
        return { date, households: c.households, shops: c.shops, ordersDelivered: c.orders };
      });
    }
  }
  const endVillages = metrics.villageSnapshots();
  const endOfRun = checkpointOf(scenario.endDate, endVillages, metrics);
  let wanting = 0;
  for (let h = 0; h < pop.households; h++) if (adoption.wants(h)) wanting++;
  // A province's villages are named with their commune (a province has many a "Thôn 3").
  const villageName = (v: number) => {
    const village = pop.villages[v];
    const commune =
      scenario.communes.length > 1 ? scenario.communes[village?.commune ?? -1]?.name : undefined;
    return commune ? `${village?.name ?? ''}, ${commune}` : (village?.name ?? '');
  };
  const summary = buildSummary({
    scenario: { id: scenario.id, title: scenario.title },
    seed: options.seed,
    startDate: scenario.startDate,
    endDate: scenario.endDate,
    yearEnd: yearEnd ?? endOfRun,
    endOfRun,
    yearEndVillages,
    endVillages,
    villageNames: pop.villages.map((v) => ({
      id: scenario.communes.length > 1 ? `${communeOfVillage[v.index]}/${v.id}` : v.id,
      name: v.name,
    })),
    metrics,
    checksCalibration: scenario.checksCalibration,
    campaign: {
      techTeamMembers: pop.members,
      techTeams: pop.villages.filter((v) => v.members > 0).length,
      shopsOpenedBy: shopsBy,
      shopsFirstMonth,
      wantShopShare: pop.households === 0 ? 0 : Math.round((wanting / pop.households) * 10_000) / 10_000,
      leadInfluence: leadInfluence(pop),
    },
    sellers: sellerSpread(pop, householdIds, villageName),
  });
  return {
    scenario,
    seed: options.seed,
    calendar,
    population: pop,
    householdIds,
    metrics,
    market,
    summary,
    yearEndDay,
  };
}
