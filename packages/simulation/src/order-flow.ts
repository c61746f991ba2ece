import { type Actor, getProduct, gramsOf, isDomainError, type Order, revenueOf } from '@nongsan/domain';
import type { AdoptionAgents } from './adoption-agents.ts';
import { STAGE } from './adoption-agents.ts';
import type { PlacedOrder } from './buyers.ts';
import { EventHeap } from './event-heap.ts';
import type { Post } from './post.ts';
import type { Random } from './random.ts';
import { DAY_MS, HOUR_MS, type RunContext } from './run-context.ts';
import type { Sellers } from './sellers.ts';

const CONFIRM = 0;
const EXPIRE = 1;
const BUYER_CANCEL = 2;
const SELLER_CANCEL = 3;
const HAND_OVER = 4;
const DELIVER = 5;
const FAIL = 6;

const CONFIRM_LIMIT_MS = 24 * HOUR_MS;

/**
 * Carries each order from placement to its end, one timed step at a time, every step through the market (and so
 * through the domain's state machine): the seller confirms within hours or not at all (then the 24-hour rule
 * cancels it), records a transfer when it sees it, sometimes cancels; the buyer sometimes cancels first; the post
 * picks up, delivers or brings back. A delivery is where revenue is counted and where a grower's first sale makes
 * it a lead household that influences its neighbours.
 */
export class OrderFlow {
  private readonly heap = new EventHeap();
  private readonly ids: string[] = [];
  private readonly buyers: string[] = [];
  private readonly household: number[] = [];
  private readonly product: number[] = [];
  private readonly zone: number[] = [];
  private readonly paysAhead: boolean[] = [];
  private readonly earliestPickup: number[] = [];
  private readonly byId = new Map<string, number>();

  constructor(
    private readonly ctx: RunContext,
    private readonly sellers: Sellers,
    private readonly adoption: AdoptionAgents,
    private readonly post: Post,
    private readonly random: Random,
  ) {}

  /** A new order: decide how the seller and buyer will act, and plan the first step. */
  readonly onPlaced = (placed: PlacedOrder): void => {
    const { ctx, random } = this;
    const { order } = placed;
    const i = this.ids.length;
    const h = ctx.householdByShop.get(order.shopId) ?? -1;
    this.ids.push(order.id);
    this.buyers.push(order.buyerId);
    this.household.push(h);
    this.product.push(placed.product);
    this.zone.push(placed.zone);
    this.paysAhead.push(order.payment.method !== 'cash_on_delivery');
    this.earliestPickup.push(
      placed.preOrder ? this.harvestStartAfter(placed.product, order.placedAt.getTime()) : 0,
    );
    this.byId.set(order.id, i);

    const placedAt = order.placedAt.getTime();
    const { sellers, buyers } = ctx.scenario;
    const delay = -Math.log(1 - random.next()) * sellers.confirmMeanHours * HOUR_MS;
    const confirms = !random.chance(sellers.neverConfirmShare) && delay < CONFIRM_LIMIT_MS;
    if (random.chance(buyers.cancelShare)) {
      const within = confirms ? delay : CONFIRM_LIMIT_MS;
      this.heap.push(placedAt + Math.floor(random.next() * within), BUYER_CANCEL, i);
    } else if (confirms) {
      this.heap.push(placedAt + Math.max(60_000, Math.floor(delay)), CONFIRM, i);
    } else {
      this.heap.push(placedAt + CONFIRM_LIMIT_MS + 60_000, EXPIRE, i);
    }
  };

  /** Runs every step due before `until` (epoch ms), in time order. */
  async runUntil(until: number): Promise<void> {
    for (let e = this.heap.popBefore(until); e !== null; e = this.heap.popBefore(until)) {
      try {
        await this.dispatch(e.kind, e.order, e.at);
      } catch (error) {
        // A step the domain refuses (the order moved on meanwhile) is market life: count it, carry on.
        if (!isDomainError(error)) throw error;
        this.ctx.metrics.orderRejected(error.code);
      }
    }
  }

  private async dispatch(kind: number, i: number, at: number): Promise<void> {
    const { ctx, random } = this;
    const id = this.ids[i] as string;
    const h = this.household[i] as number;
    const now = new Date(at);
    const seller = (): Actor => this.sellers.actorFor(h);
    switch (kind) {
      case CONFIRM: {
        await ctx.market.confirm(id, seller(), now);
        if (this.paysAhead[i]) await ctx.market.markPaid(id, seller(), now);
        if (random.chance(ctx.scenario.sellers.cancelShare)) this.heap.push(at + HOUR_MS, SELLER_CANCEL, i);
        else this.heap.push(this.post.pickupAt(at, this.earliestPickup[i] as number), HAND_OVER, i);
        return;
      }
      case EXPIRE: {
        for (const order of await ctx.market.expireUnconfirmed(now)) this.closedUnsuccessful(order.id);
        return;
      }
      case BUYER_CANCEL: {
        const buyer: Actor = { kind: 'buyer', userId: this.buyers[i] as string };
        await ctx.market.cancel(id, 'Người mua đổi ý', buyer, now);
        this.closedUnsuccessful(id);
        return;
      }
      case SELLER_CANCEL: {
        await ctx.market.cancel(id, 'Hàng chưa đạt, xin lỗi quý khách', seller(), now);
        this.closedUnsuccessful(id);
        return;
      }
      case HAND_OVER: {
        await ctx.market.handOver(id, this.post.trackingCode(), seller(), now);
        const zone = (['local', 'province', 'elsewhere'] as const)[this.zone[i] as number] ?? 'local';
        this.heap.push(this.post.deliveryAt(at, zone), this.post.fails() ? FAIL : DELIVER, i);
        return;
      }
      case DELIVER: {
        const order = await ctx.market.deliver(id, now);
        this.delivered(i, order, at);
        return;
      }
      case FAIL: {
        await ctx.market.failDelivery(id, 'Không liên lạc được người nhận', now);
        this.closedUnsuccessful(id);
        return;
      }
    }
  }

  private delivered(i: number, order: Order, at: number): void {
    const { ctx } = this;
    const h = this.household[i] as number;
    const p = this.product[i] as number;
    ctx.pop.sold[h] = (ctx.pop.sold[h] as number) + 1;
    let grams = 0;
    for (const line of order.lines)
      grams += gramsOf(getProduct(line.productId), line.packedQuantity ?? line.quantity);
    const day = Math.floor((at - (ctx.calendar.dayStart[0] as number)) / DAY_MS);
    const runMonth = ctx.calendar.runMonth[Math.min(day, ctx.calendar.days - 1)] as number;
    ctx.metrics.orderDelivered(
      ctx.pop.villageOf[h] as number,
      p,
      this.zone[i] as number,
      grams,
      revenueOf(order),
      runMonth,
    );
    if ((ctx.pop.stage[h] as number) === STAGE.firstListing) {
      this.adoption.advance(h, STAGE.firstSale, day, 'market', -1);
      ctx.pop.firstSaleDay[h] = day;
      this.adoption.influenceNeighbours(h, day);
    }
  }

  private closedUnsuccessful(orderId: string): void {
    const i = this.byId.get(orderId);
    if (i === undefined) return;
    const h = this.household[i] as number;
    this.ctx.metrics.orderCancelled(this.ctx.pop.villageOf[h] as number, this.product[i] as number);
  }

  /** The start of the next harvest of a product after an instant (a pre-order is picked up then, not before). */
  private harvestStartAfter(p: number, at: number): number {
    const { calendar } = this.ctx;
    const day = Math.floor((at - (calendar.dayStart[0] as number)) / DAY_MS);
    const next = calendar.harvests[p]?.find((w) => w.harvestStart > day);
    return next ? (calendar.dayStart[0] as number) + next.harvestStart * DAY_MS : 0;
  }
}
