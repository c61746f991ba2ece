import { type Listing, listingPhase, type Order } from '@nongsan/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAGE } from './adoption-agents.ts';
import { InMemoryMarket } from './in-memory-market.ts';
import { runOutputs } from './outputs.ts';
import { applyOverrides, parseOverride } from './scenario-overrides.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';
import { type SimulationRun, simulate } from './simulate.ts';

/** The in-memory market, checking after every step that no listing's stock went below zero. */
class CheckedMarket extends InMemoryMarket {
  lowestStock = Number.POSITIVE_INFINITY;
  private check(): void {
    for (const listing of this.listings.values())
      this.lowestStock = Math.min(this.lowestStock, listing.stock);
  }
  override placeOrder(...args: Parameters<InMemoryMarket['placeOrder']>): Order[] {
    const orders = super.placeOrder(...args);
    this.check();
    return orders;
  }
  override addStock(...args: Parameters<InMemoryMarket['addStock']>): Listing {
    const listing = super.addStock(...args);
    this.check();
    return listing;
  }
  override cancel(...args: Parameters<InMemoryMarket['cancel']>): Order {
    const order = super.cancel(...args);
    this.check();
    return order;
  }
  override failDelivery(...args: Parameters<InMemoryMarket['failDelivery']>): Order {
    const order = super.failDelivery(...args);
    this.check();
    return order;
  }
}

describe('a run of the default scenario', () => {
  let run: SimulationRun;
  let market: CheckedMarket;
  const steps: { h: number; from: number; to: number }[] = [];

  beforeAll(async () => {
    const villageOfShop = new Map<string, string>();
    market = new CheckedMarket({
      areaOf: (shopId) => villageOfShop.get(shopId) ?? shopId.split('/')[0] ?? '',
    });
    run = await simulate(longDong2021, {
      seed: 11,
      market,
      events: { stage: (h, from, to) => steps.push({ h, from, to }) },
    });
  });

  it('never skips an adoption stage, and never goes back', () => {
    expect(steps.length).toBeGreaterThan(1000);
    const last = new Map<number, number>();
    for (const s of steps) {
      expect(s.to).toBe(s.from + 1);
      expect(s.from).toBe(last.get(s.h) ?? STAGE.notReached);
      last.set(s.h, s.to);
    }
    const reachedSale = [...last.values()].filter((stage) => stage === STAGE.firstSale).length;
    expect(reachedSale).toBe(run.summary.endOfRun.leadSellers);
  });

  it('never lets a listing’s stock go below zero', () => {
    expect(market.listings.size).toBeGreaterThan(50);
    expect(market.lowestStock).toBeGreaterThanOrEqual(0);
  });

  it('places no order outside its listing’s selling window, except as a pre-order before the harvest', () => {
    expect(market.orders.size).toBeGreaterThan(1000);
    let preOrders = 0;
    for (const order of market.orders.values()) {
      for (const line of order.lines) {
        const listing = market.listing(line.listingId);
        const phase = listingPhase(listing, order.placedAt);
        if (line.preOrder) {
          preOrders++;
          expect(phase).toBe('pre-order');
        } else expect(phase).toBe('in-season');
      }
    }
    expect(preOrders).toBeGreaterThan(0);
  });

  it('sells with the seasons: nothing delivered in a month with no harvest on sale', () => {
    const { metrics, calendar } = run;
    const monthTotal = (ym: string) => {
      const m = calendar.months.indexOf(ym);
      let orders = 0;
      for (let p = 0; p < 8; p++) orders += metrics.monthly[(m * 8 + p) * 3] as number;
      return orders;
    };
    // April 2022: mandarins and cakes are over, dragon fruit not yet ripe; only stored peanuts are left.
    expect(monthTotal('2022-04')).toBeLessThan(monthTotal('2022-01') / 3);
  });
});

describe('determinism', () => {
  it('gives byte-identical summary.json and timeseries.csv for the same scenario and seed', async () => {
    const a = runOutputs(await simulate(longDong2021, { seed: 5 }));
    const b = runOutputs(await simulate(longDong2021, { seed: 5 }));
    expect(b['summary.json']).toBe(a['summary.json']);
    expect(b['timeseries.csv']).toBe(a['timeseries.csv']);
    expect(b['report.html']).toBe(a['report.html']);
    const c = runOutputs(await simulate(longDong2021, { seed: 6 }));
    expect(c['timeseries.csv']).not.toBe(a['timeseries.csv']);
  });
});

describe('what-ifs move the result the right way', () => {
  const seeds = [1, 2, 3];
  const mean = async (sets: string[], pick: (run: SimulationRun) => number, endDate?: string) => {
    const overrides = [...sets, ...(endDate ? [`endDate=${endDate}`] : [])].map(parseOverride);
    const input = applyOverrides(longDong2021, overrides);
    let sum = 0;
    for (const seed of seeds) sum += pick(await simulate(input, { seed, keepWeeks: false }));
    return sum / seeds.length;
  };

  it('twice the tech-team members: more households have a shop by the end of October 2021', async () => {
    const share = (run: SimulationRun) => run.summary.endOfRun.shopShare;
    const base = await mean([], share, '2021-10-31');
    const doubled = await mean(['techTeams.membersMultiplier=2'], share, '2021-10-31');
    // Measured over seeds 1–3 (end of October 2021): 48.5% → 53.7% of households, +5.1 to +5.4 points a seed. Group
    // sessions in the village halls reach every village whatever the team's size (about 235 shops either way), so
    // twice the members add home visits only (about 275 → 335 shops opened at home); and no more shops open than
    // households want one (58% then, 60% with twice the members, as more shops nearby draw more neighbours). The
    // model's answer is "a few points, not a landslide": more than 4 points, not the 5 first written here for the
    // visits-only campaign.
    expect(doubled).toBeGreaterThan(base + 0.04);
  });

  it('a failed dragon-fruit harvest: fewer kilograms of dragon fruit delivered', async () => {
    const kg = (run: SimulationRun) =>
      run.summary.products.find((p) => p.id === 'dragon-fruit')?.deliveredKg ?? 0;
    const base = await mean([], kg, '2021-12-31');
    const failed = await mean(['products.dragon-fruit.yieldFactor=0.1'], kg, '2021-12-31');
    // Measured over seeds 1–3: 68% of the normal kilograms (65–74% a seed). What a grower lists of a flush stays on
    // sale only while it keeps (dragon fruit a week, a flush every ten days), so a tenth of the crop leaves each
    // listing 2–6 kg a flush: the sellers buyers favour run out, buyers turn to others or take what is left. Online
    // demand is small against even that (1.8 t listed against 0.9 t ordered over the season), so the loss is about a
    // third, not nine tenths. The 60% first written here held when home visits alone opened shops: 30–47 dragon-fruit
    // sellers by December listed 0.4–0.8 t at a tenth of the crop, less than was ordered; group sessions now bring
    // 60–68 sellers to the harvest.
    expect(failed).toBeLessThan(base * 0.8);
  });
});
