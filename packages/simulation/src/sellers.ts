import { type Actor, getProduct, PRODUCT_IDS } from '@nongsan/domain';
import type { AdoptionAgents } from './adoption-agents.ts';
import { STAGE } from './adoption-agents.ts';
import { DayQueue } from './day-queue.ts';
import type { Random } from './random.ts';
import { type HarvestDays, HOUR_MS, type RunContext } from './run-context.ts';

/** A crop keeps when it sells for months after its harvest (dried goods); it is listed no later than this before. */
const STORED_MARGIN_DAYS = 60;
const KEEPS_AFTER_DAYS = 90;

const LIST = 0;
const RESTOCK = 1;
const CLOSE = 2;

/**
 * Growers with a shop: they list a product when its harvest comes (or when pre-orders open, for products made to
 * order), add stock with each flush or batch while the harvest lasts, and let the listing run out after it, so sales
 * fall away with the season. A household without a smartphone is served by the member who helped it: every step
 * is then the helper's, on the household's behalf, as the domain records it.
 */
export class Sellers {
  private readonly tasks: DayQueue;
  private readonly taskHousehold: number[] = [];
  private readonly taskProduct: number[] = [];
  private readonly taskKind: number[] = [];
  private readonly taskHarvest: number[] = [];
  /** The listing each grower has for each product now (key household × 8 + product). */
  private readonly current = new Map<number, string>();
  /** Per current listing: the flushes put on it that may still be good at the next one, oldest first. */
  private readonly flushes = new Map<number, number[]>();
  /**
   * Per product: how many earlier flushes are still good when the next comes (its keeping time over the time between
   * flushes). Dragon fruit keeps a week and comes every ten days: what a flush left is gone by the next one.
   */
  private readonly goodFlushes: readonly number[];
  private readonly actors = new Map<number, Actor>();
  /** Whether each product is stored after its harvest (keeps more than KEEPS_AFTER_DAYS). */
  private readonly keeps = PRODUCT_IDS.map((id) => getProduct(id).keepsDays > KEEPS_AFTER_DAYS);

  constructor(
    private readonly ctx: RunContext,
    private readonly adoption: AdoptionAgents,
    private readonly random: Random,
  ) {
    this.tasks = new DayQueue(ctx.calendar.days);
    this.goodFlushes = PRODUCT_IDS.map((id, p) => {
      const every = ctx.productParams[p]?.restockEveryDays ?? 0;
      return every > 0 ? Math.floor(getProduct(id).keepsDays / every) : 0;
    });
  }

  /** A shop opened: open it on the market and plan the first listing of each product the household grows. */
  async onShopOpen(h: number, day: number): Promise<void> {
    const { ctx } = this;
    const hid = ctx.householdIds[h] as string;
    await ctx.market.openShop({
      householdId: hid,
      name: `Nông sản ${ctx.pop.villages[ctx.pop.villageOf[h] as number]?.name ?? ''}`.trim(),
      actor: this.actorFor(h),
      now: new Date((ctx.calendar.dayStart[day] as number) + 20 * HOUR_MS),
    });
    const grows = ctx.pop.grows[h] as number;
    for (let p = 0; p < PRODUCT_IDS.length; p++) {
      if ((grows & (1 << p)) !== 0 && ctx.productParams[p]) this.planListing(h, p, day);
    }
  }

  /** Who acts for the household on the market: itself, or the member who looks after it. */
  actorFor(h: number): Actor {
    let actor = this.actors.get(h);
    if (actor) return actor;
    const { ctx } = this;
    const hid = ctx.householdIds[h] as string;
    const member = ctx.pop.caretaker[h] as number;
    actor =
      ctx.pop.kind[h] === 2 && member >= 0
        ? { kind: 'helper', userId: memberId(ctx, member), householdIds: [hid] }
        : { kind: 'seller', userId: `${hid}/u1`, householdId: hid };
    this.actors.set(h, actor);
    return actor;
  }

  async step(day: number): Promise<void> {
    for (let items = this.tasks.take(day); items.length > 0; items = this.tasks.take(day)) {
      for (const t of items) {
        const h = this.taskHousehold[t] as number;
        const p = this.taskProduct[t] as number;
        const harvest = this.taskHarvest[t] as number;
        const kind = this.taskKind[t];
        if (kind === LIST) await this.list(h, p, harvest, day);
        else if (kind === RESTOCK) await this.restock(h, p, harvest, day);
        else this.close(h, p);
      }
    }
  }

  /** Plans the listing of the next harvest that still has something to sell after `fromDay`. */
  private planListing(h: number, p: number, fromDay: number): void {
    const params = this.ctx.productParams[p];
    if (!params) return;
    const harvests = this.ctx.calendar.harvests[p] ?? [];
    const { min, max } = this.ctx.scenario.sellers.listingDelayDays;
    const ready = fromDay + this.random.between(min, max);
    for (let i = 0; i < harvests.length; i++) {
      const w = harvests[i] as HarvestDays;
      const opens = params.preOrderDemandFactor > 0 ? w.preOrderFrom : w.harvestStart;
      const day = Math.max(ready, opens);
      // Once the picking is over a fresh crop has gone to traders: wait for the next harvest. A crop that keeps
      // (dried peanuts) is stored, and can still be listed until two months before it would spoil.
      const lastListingDay = this.keeps[p] ? w.sellUntil - STORED_MARGIN_DAYS : w.harvestEnd;
      if (day > lastListingDay) continue;
      this.schedule(day, LIST, h, p, i);
      return;
    }
  }

  private schedule(day: number, kind: number, h: number, p: number, harvest: number): void {
    const t = this.taskKind.length;
    this.taskKind.push(kind);
    this.taskHousehold.push(h);
    this.taskProduct.push(p);
    this.taskHarvest.push(harvest);
    this.tasks.push(day, t);
  }

  /** A restock's quantity: a flush or batch of this grower, scaled by the year's harvest. */
  private drawStock(p: number): number {
    const params = this.ctx.productParams[p];
    if (!params) return 0;
    const base = this.random.between(params.stockPerRestock.min, params.stockPerRestock.max);
    const product = getProduct(PRODUCT_IDS[p] as (typeof PRODUCT_IDS)[number]);
    const raw = base * params.yieldFactor;
    // Growers weigh what they put online to the kilogram; cakes are whole.
    return product.unit === 'kg' ? Math.floor(raw / 1000) * 1000 : Math.floor(raw);
  }

  private async list(h: number, p: number, harvestIndex: number, day: number): Promise<void> {
    const { ctx } = this;
    const params = ctx.productParams[p];
    const w = ctx.calendar.harvests[p]?.[harvestIndex];
    if (!params || !w) return;
    const stock = this.drawStock(p);
    const nextRestock = Math.max(day, w.harvestStart) + (day < w.harvestStart ? 0 : params.restockEveryDays);
    if (stock < params.minOrder) {
      // Nothing worth listing from this flush (a failed harvest): try again with the next one.
      if (nextRestock <= w.harvestEnd) this.schedule(nextRestock, LIST, h, p, harvestIndex);
      else this.planListing(h, p, w.sellUntil + 1);
      return;
    }
    const productId = PRODUCT_IDS[p] as (typeof PRODUCT_IDS)[number];
    const product = getProduct(productId);
    const price =
      this.random.between(product.typicalPrice.min / 1000, product.typicalPrice.max / 1000) * 1000;
    const village = ctx.pop.villages[ctx.pop.villageOf[h] as number];
    const listing = await ctx.market.createListing(
      {
        productId,
        title: `${product.name.vi} ${village?.name ?? ''}`.trim(),
        unitPrice: price,
        stock,
        minOrder: params.minOrder,
      },
      {
        shopId: ctx.householdIds[h] as string,
        actor: this.actorFor(h),
        now: new Date((ctx.calendar.dayStart[day] as number) + 19 * HOUR_MS),
      },
    );
    this.current.set(h * 8 + p, listing.id);
    this.flushes.set(h * 8 + p, (this.goodFlushes[p] as number) > 0 ? [stock] : []);
    ctx.metrics.listingCount(ctx.pop.villageOf[h] as number, p, 1);
    if ((ctx.pop.stage[h] as number) === STAGE.shopOpen)
      this.adoption.advance(h, STAGE.firstListing, day, 'market', -1);
    if (nextRestock <= w.harvestEnd) this.schedule(nextRestock, RESTOCK, h, p, harvestIndex);
    this.schedule(w.sellUntil + 1, CLOSE, h, p, harvestIndex);
    this.planListing(h, p, w.sellUntil + 1);
  }

  private async restock(h: number, p: number, harvestIndex: number, day: number): Promise<void> {
    const { ctx } = this;
    const params = ctx.productParams[p];
    const w = ctx.calendar.harvests[p]?.[harvestIndex];
    const listingId = this.current.get(h * 8 + p);
    if (!params || !w || !listingId) return;
    const stock = this.drawStock(p);
    // What is left of the earlier flushes stays on sale only as far as they still keep.
    const earlier = this.flushes.get(h * 8 + p) ?? [];
    let kept = 0;
    for (const f of earlier) kept += f;
    const now = new Date((ctx.calendar.dayStart[day] as number) + 7 * HOUR_MS);
    await ctx.market.addStock(listingId, stock, this.actorFor(h), now, kept);
    earlier.push(stock);
    while (earlier.length > (this.goodFlushes[p] as number)) earlier.shift();
    const next = day + params.restockEveryDays;
    if (next <= w.harvestEnd) this.schedule(next, RESTOCK, h, p, harvestIndex);
  }

  private close(h: number, p: number): void {
    this.flushes.delete(h * 8 + p);
    if (this.current.delete(h * 8 + p))
      this.ctx.metrics.listingCount(this.ctx.pop.villageOf[h] as number, p, -1);
  }
}

/** A member's user id: `<commune>/<village>/helper-3`. */
export function memberId(ctx: RunContext, m: number): string {
  const village = ctx.pop.villages[ctx.pop.memberVillage[m] as number];
  const commune = ctx.scenario.communes[village?.commune ?? 0];
  return `${commune?.id}/${village?.id}/helper-${m - (village?.firstMember ?? 0) + 1}`;
}
