import {
  type DeliveryZone,
  isDomainError,
  type Order,
  type PaymentMethod,
  PRODUCT_IDS,
} from '@nongsan/domain';
import type { ListingOffer } from './market.ts';
import { ZONES } from './metrics.ts';
import type { Random } from './random.ts';
import { HOUR_MS, type RunContext } from './run-context.ts';
import type { BuyerZone } from './scenario.ts';

const DAYS_PER_MONTH = 365.25 / 12;
const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash_on_delivery', 'e_wallet', 'bank_transfer'];
/** Buyers order between 6:00 and 22:00. */
const FIRST_ORDER_HOUR = 6;
const ORDER_HOURS = 16;

/**
 * The phone a simulated buyer gives at checkout: one Viettel number per buyer, made from the buyer's zone and number
 * (no random draw, so adding the phone changed no run).
 */
function buyerPhone(zone: number, buyer: number): string {
  return `086${zone}${String(buyer).padStart(6, '0')}`;
}

/** An order a buyer placed, for the order flow to carry on. */
export interface PlacedOrder {
  readonly order: Order;
  readonly zone: number;
  readonly product: number;
  readonly preOrder: boolean;
}

/**
 * Buyers in aggregate: no object per buyer per day. Each day, for each commune, product and zone, the number of
 * orders is a Poisson draw whose mean is the zone's online buyers (a saturating curve from the broadcasts' start)
 * times how often one orders that product in that month, times how likely a buyer who looks finds a listing that
 * suits (more listings, better odds). Each order then picks a listing on offer and a size, and goes through the
 * domain's order rules on the market; a refusal (not enough stock, …) is counted and the buyer gives up.
 */
export class Buyers {
  private readonly broadcastStart: number;
  private readonly paymentWeights: readonly number[];
  private readonly sizeWeights: readonly (readonly number[])[];

  constructor(
    private readonly ctx: RunContext,
    private readonly random: Random,
    broadcastStartDay: number,
  ) {
    this.broadcastStart = broadcastStartDay;
    const mix = ctx.scenario.buyers.paymentMix;
    this.paymentWeights = PAYMENT_METHODS.map((m) => mix[m]);
    this.sizeWeights = ctx.productParams.map((p) => p?.orderSizes.weights ?? []);
  }

  /** Online buyer households of a zone on a day: a saturating curve reaching half its maximum at `onlineHalfDays`. */
  onlineBuyers(zone: BuyerZone, day: number): number {
    const t = day - this.broadcastStart;
    if (t <= 0) return 0;
    return zone.households * zone.onlineShareMax * (t / (t + zone.onlineHalfDays));
  }

  async step(day: number, onPlaced: (placed: PlacedOrder) => void): Promise<void> {
    const { ctx, random } = this;
    const month = ctx.calendar.month[day] as number;
    const dayStart = ctx.calendar.dayStart[day] as number;
    const lookAt = new Date(dayStart + 12 * HOUR_MS);
    const halfSupply = ctx.scenario.buyers.halfSupplyListings;
    for (const commune of ctx.scenario.communes) {
      const zones = [commune.buyers.local, commune.buyers.province, commune.buyers.elsewhere];
      const online = zones.map((z) => this.onlineBuyers(z, day) * z.demandFactor);
      if (online[0] === 0 && online[1] === 0 && online[2] === 0) continue;
      for (let p = 0; p < PRODUCT_IDS.length; p++) {
        const params = ctx.productParams[p];
        if (!params || params.ordersPerBuyerPerMonth === 0) continue;
        const productId = PRODUCT_IDS[p] as (typeof PRODUCT_IDS)[number];
        const offers = await ctx.market.findListings(productId, commune.id, lookAt);
        if (offers.length === 0) continue;
        const supply = offers.reduce((s, o) => s + (o.preOrder ? params.preOrderDemandFactor : 1), 0);
        if (supply <= 0) continue;
        const found = supply / (supply + halfSupply);
        const perBuyer =
          (params.ordersPerBuyerPerMonth / DAYS_PER_MONTH) * (params.monthFactors[month - 1] ?? 1);
        const times: number[] = [];
        const zoneOf: number[] = [];
        for (let z = 0; z < ZONES.length; z++) {
          const n = random.poisson((online[z] as number) * perBuyer * found);
          for (let i = 0; i < n; i++) {
            times.push(dayStart + (FIRST_ORDER_HOUR * 60 + random.int(ORDER_HOURS * 60)) * 60_000);
            zoneOf.push(z);
          }
        }
        if (times.length === 0) continue;
        const order = times
          .map((_, i) => i)
          .sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
        for (const i of order) {
          await this.placeOne(
            commune.id,
            p,
            zoneOf[i] as number,
            new Date(times[i] as number),
            zones,
            onPlaced,
          );
        }
      }
    }
  }

  private async placeOne(
    communeId: string,
    p: number,
    z: number,
    now: Date,
    zones: readonly BuyerZone[],
    onPlaced: (placed: PlacedOrder) => void,
  ): Promise<void> {
    const { ctx, random } = this;
    const params = ctx.productParams[p];
    if (!params) return;
    const productId = PRODUCT_IDS[p] as (typeof PRODUCT_IDS)[number];
    // Look again: earlier orders today may have taken the stock.
    const offers = await ctx.market.findListings(productId, communeId, now);
    if (offers.length === 0) return;
    const weights = offers.map((o) => (o.preOrder ? params.preOrderDemandFactor : 1));
    const offer = offers[random.weighted(weights)] as ListingOffer;
    const wanted =
      params.orderSizes.quantities[random.weighted(this.sizeWeights[p] ?? [])] ?? params.minOrder;
    // A buyer sees the stock left and takes what there is, if that is still worth an order.
    const quantity = Math.min(Math.max(wanted, offer.listing.minOrder), offer.listing.stock);
    const zone = ZONES[z] as DeliveryZone;
    const pool = Math.max(1, Math.round((zones[z]?.households ?? 0) * (zones[z]?.onlineShareMax ?? 0)));
    const buyer = random.int(pool) + 1;
    try {
      const [order] = await ctx.market.placeOrder(
        {
          buyerId: `${communeId}/${zone}/b-${buyer}`,
          lines: [{ listingId: offer.listing.id, quantity }],
          zone,
          paymentMethod: PAYMENT_METHODS[random.weighted(this.paymentWeights)] as PaymentMethod,
          deliveryPhone: buyerPhone(z, buyer),
        },
        now,
      );
      if (!order) return;
      const village = ctx.pop.villageOf[ctx.householdByShop.get(order.shopId) ?? 0] as number;
      ctx.metrics.orderPlaced(village, p, z);
      onPlaced({ order, zone: z, product: p, preOrder: offer.preOrder });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      ctx.metrics.orderRejected(error.code);
    }
  }
}
