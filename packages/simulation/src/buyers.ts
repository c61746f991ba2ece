import {
  type DeliveryZone,
  isDomainError,
  type Order,
  type PaymentMethod,
  PRODUCT_IDS,
} from '@nongsan/domain';
import type { ListingOffer } from './market.ts';
import { ZONES } from './metrics.ts';
import { type Random, shuffled } from './random.ts';
import { HOUR_MS, type RunContext } from './run-context.ts';
import { ThresholdHeap } from './threshold-heap.ts';

const DAYS_PER_MONTH = 365.25 / 12;
const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash_on_delivery', 'e_wallet', 'bank_transfer'];
/** Buyers order between 6:00 and 22:00. */
const FIRST_ORDER_HOUR = 6;
const ORDER_HOURS = 16;
const PRODUCTS = PRODUCT_IDS.length;
/** Buyers' purchase rates are stratified in blocks of this many consecutive newcomers (see `Buyers`). */
const RATE_BLOCK = 10;
/** The golden ratio's fractional part: the most even of steps around a circle. */
const GOLDEN = 0.618_033_988_749_894_9;

/**
 * The phone a simulated buyer gives at checkout: one Viettel number per buyer, made from the buyer's zone and number
 * (no random draw).
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

/** The buyers of one commune's sellers in one zone: a run of consecutive buyer numbers, in the order they join. */
interface BuyerGroup {
  readonly index: number;
  readonly commune: number;
  readonly zone: number;
  readonly first: number;
  readonly count: number;
}

/**
 * Buyers, one by one, as the repeat-buying literature describes small markets:
 *
 * - **How often** (Ehrenberg's NBD, "Repeat-Buying", 1988): each buyer has her own long-run purchase rate, the rates
 *   of a population follow a gamma distribution (here its shape 1, an exponential: a few heavy buyers, many light
 *   ones), and her purchases come at that rate; the time between two of her orders is Erlang, not exponential
 *   (Chatfield & Goodhardt 1973, "A consumer purchasing model with Erlang inter-purchase times": buying is more
 *   regular than Poisson). Rates are spread over newcomers in stratified blocks, so heavy buyers do not all come
 *   early or late by luck. A buyer's rate for a product follows its season and month (Tết) and how likely she is to
 *   find a listing that suits her (more listings, better odds).
 * - **When she starts**: a zone's online buyers grow on a saturating curve from the broadcasts' start; the i-th
 *   buyer joins when the curve passes i.
 * - **From whom** (a multinomial logit over the listings on offer, McFadden 1974): she goes back to the seller she
 *   last bought the product from (`repeatShare`: repeat purchase is what a small market lives on, Ehrenberg's
 *   "double jeopardy" and the Dirichlet's loyal minority); otherwise she weighs each listing by the seller's
 *   delivered orders, shown on the listing ("đã bán"), to the power `reputationExponent` (rich get richer:
 *   Simon 1955, Barabási & Albert 1999's preferential attachment, Salganik et al. 2006's social influence in
 *   markets), by the distance from the commune centre for a district buyer, and by its price against the average.
 *
 * Every order goes through the domain's order rules on the market; a refusal (not enough stock, …) is counted and
 * the buyer gives up.
 */
export class Buyers {
  private readonly paymentWeights: readonly number[];
  private readonly sizeWeights: readonly (readonly number[])[];
  private readonly groups: BuyerGroup[] = [];
  /** Per commune: its buyer groups (local, province, elsewhere). */
  private readonly communeGroups: BuyerGroup[][] = [];
  private readonly joinDay: Int32Array;
  private readonly rate: Float32Array;
  /**
   * Per buyer and product: the wait to her first order (in units of her mean) until she starts buying the product,
   * then the level of her group's intensity (below) at which she orders next.
   */
  private readonly nextAt: Float64Array;
  /**
   * Per group and product: the intensity one buyer of rate 1 has accumulated since the first day, the buyers already
   * counted in, and those buyers by the level at which they order next. A buyer of rate r accumulates r times her
   * group's intensity, so she orders when it passes her last order's level plus her next gap divided by r: a day
   * looks only at the buyers who order that day, not at every buyer.
   */
  private readonly level: Float64Array;
  private readonly started: Int32Array;
  private readonly due: ThresholdHeap[];
  /** Per buyer and product: the household she last ordered it from (-1 none). */
  private readonly lastSeller: Int32Array;
  private readonly villageKm: Float64Array;
  /** Per commune and product: where the sequence of order sizes stands (see `orderSize`). */
  private readonly sizeCursor: Float64Array;

  constructor(
    private readonly ctx: RunContext,
    private readonly random: Random,
    broadcastStartDay: number,
  ) {
    const mix = ctx.scenario.buyers.paymentMix;
    this.paymentWeights = PAYMENT_METHODS.map((m) => mix[m]);
    this.sizeWeights = ctx.productParams.map((p) => p?.orderSizes.weights ?? []);
    let total = 0;
    ctx.scenario.communes.forEach((commune, c) => {
      const zones = [commune.buyers.local, commune.buyers.province, commune.buyers.elsewhere];
      const mine: BuyerGroup[] = [];
      zones.forEach((zone, z) => {
        const count = Math.round(zone.households * zone.onlineShareMax);
        const group = { index: this.groups.length, commune: c, zone: z, first: total, count };
        mine.push(group);
        this.groups.push(group);
        total += count;
      });
      this.communeGroups.push(mine);
    });
    this.joinDay = new Int32Array(total);
    this.rate = new Float32Array(total);
    this.nextAt = new Float64Array(total * PRODUCTS);
    this.level = new Float64Array(this.groups.length * PRODUCTS);
    this.started = new Int32Array(this.groups.length * PRODUCTS);
    this.due = Array.from({ length: this.groups.length * PRODUCTS }, () => new ThresholdHeap());
    this.lastSeller = new Int32Array(total * PRODUCTS).fill(-1);
    this.villageKm = Float64Array.from(ctx.pop.villages, (v) => v.km);
    this.sizeCursor = Float64Array.from({ length: ctx.scenario.communes.length * PRODUCTS }, () =>
      random.next(),
    );
    for (const g of this.groups) {
      const zone = zoneOf(ctx, g);
      for (let i = 0; i < g.count; i++) {
        const q = (i + 0.5) / g.count;
        this.joinDay[g.first + i] = broadcastStartDay + Math.ceil((zone.onlineHalfDays * q) / (1 - q));
      }
      for (let block = 0; block < g.count; block += RATE_BLOCK) {
        const n = Math.min(RATE_BLOCK, g.count - block);
        const strata = shuffled(0, n, random);
        // The exponential's quantile at the middle of each stratum, scaled so the block's rates average 1.
        const rates = strata.map((s) => -Math.log(1 - (s + random.next()) / n));
        const mean = rates.reduce((a, b) => a + b, 0) / n;
        rates.forEach((r, i) => {
          this.rate[g.first + block + i] = r / mean;
        });
      }
      for (let b = g.first; b < g.first + g.count; b++) {
        for (let p = 0; p < PRODUCTS; p++) this.nextAt[b * PRODUCTS + p] = this.firstGap();
      }
    }
  }

  /** Erlang-k time between two orders, in units of the buyer's mean. */
  private gap(): number {
    const k = this.ctx.scenario.buyers.regularity;
    let sum = 0;
    for (let i = 0; i < k; i++) sum -= Math.log(1 - this.random.next());
    return sum / k;
  }

  /** The wait to a buyer's first order as if she had always been buying: 1..k of the Erlang's k phases left. */
  private firstGap(): number {
    const k = this.ctx.scenario.buyers.regularity;
    const phases = 1 + this.random.int(k);
    let sum = 0;
    for (let i = 0; i < phases; i++) sum -= Math.log(1 - this.random.next());
    return sum / k;
  }

  async step(day: number, onPlaced: (placed: PlacedOrder) => void): Promise<void> {
    const { ctx, random } = this;
    const month = ctx.calendar.month[day] as number;
    const dayStart = ctx.calendar.dayStart[day] as number;
    const lookAt = new Date(dayStart + 12 * HOUR_MS);
    const halfSupply = ctx.scenario.buyers.halfSupplyListings;
    for (let c = 0; c < ctx.scenario.communes.length; c++) {
      const commune = ctx.scenario.communes[c];
      const groups = this.communeGroups[c];
      if (!commune || !groups) continue;
      if (!groups.some((g) => g.count > 0 && (this.joinDay[g.first] as number) <= day)) continue;
      for (let p = 0; p < PRODUCTS; p++) {
        const params = ctx.productParams[p];
        if (!params || params.ordersPerBuyerPerMonth === 0) continue;
        const productId = PRODUCT_IDS[p] as (typeof PRODUCT_IDS)[number];
        const offers = await ctx.market.findListings(productId, commune.id, lookAt);
        if (offers.length === 0) continue;
        const supply = offers.reduce((s, o) => s + (o.preOrder ? params.preOrderDemandFactor : 1), 0);
        if (supply <= 0) continue;
        const found = supply / (supply + halfSupply);
        const perBuyer =
          (params.ordersPerBuyerPerMonth / DAYS_PER_MONTH) * (params.monthFactors[month - 1] ?? 1) * found;
        const times: number[] = [];
        const who: number[] = [];
        for (const g of groups) {
          const daily = perBuyer * zoneOf(ctx, g).demandFactor;
          if (daily <= 0) continue;
          const gp = g.index * PRODUCTS + p;
          const due = this.due[gp] as ThresholdHeap;
          const before = this.level[gp] as number;
          // Buyers who have joined start accumulating today.
          let i = this.started[gp] as number;
          for (; i < g.count && (this.joinDay[g.first + i] as number) <= day; i++) {
            const b = g.first + i;
            const rate = this.rate[b] as number;
            if (rate <= 0) continue;
            const at = b * PRODUCTS + p;
            this.nextAt[at] = before + (this.nextAt[at] as number) / rate;
            due.push(this.nextAt[at] as number, b);
          }
          this.started[gp] = i;
          const level = before + daily;
          this.level[gp] = level;
          if (due.minKey > level) continue;
          const ordering: number[] = [];
          while (due.minKey <= level) ordering.push(due.pop() as number);
          // In buyer order, so the draws come in the same order however the heap held them.
          ordering.sort((a, b) => a - b);
          for (const b of ordering) {
            const at = b * PRODUCTS + p;
            const rate = this.rate[b] as number;
            let next = this.nextAt[at] as number;
            while (level >= next) {
              next += this.gap() / rate;
              times.push(dayStart + (FIRST_ORDER_HOUR * 60 + random.int(ORDER_HOURS * 60)) * 60_000);
              who.push(b);
            }
            this.nextAt[at] = next;
            due.push(next, b);
          }
        }
        if (times.length === 0) continue;
        const order = times
          .map((_, i) => i)
          .sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
        for (const i of order)
          await this.placeOne(c, p, who[i] as number, new Date(times[i] as number), onPlaced);
      }
    }
  }

  /** Which listing the buyer takes: her last seller's if she goes back, else one weighed as the class says. */
  private choose(b: number, p: number, zone: number, offers: readonly ListingOffer[]): ListingOffer {
    const { ctx, random } = this;
    const { choice } = ctx.scenario.buyers;
    const last = this.lastSeller[b * PRODUCTS + p] as number;
    if (last >= 0 && random.chance(choice.repeatShare)) {
      const again = offers.find((o) => ctx.householdByShop.get(o.listing.shopId) === last);
      if (again) return again;
    }
    const params = ctx.productParams[p];
    const preOrderFactor = params?.preOrderDemandFactor ?? 0;
    let priceSum = 0;
    for (const o of offers) priceSum += o.listing.unitPrice;
    const meanPrice = priceSum / offers.length;
    const weights = offers.map((o) => {
      const h = ctx.householdByShop.get(o.listing.shopId) ?? 0;
      let w = o.preOrder ? preOrderFactor : 1;
      w *= (1 + (ctx.pop.sold[h] as number)) ** choice.reputationExponent;
      w *= Math.exp((-choice.priceSensitivity * (o.listing.unitPrice - meanPrice)) / meanPrice);
      if (zone === 0)
        w *= Math.exp(-(this.villageKm[ctx.pop.villageOf[h] as number] ?? 0) / choice.distanceKm);
      return w;
    });
    return offers[random.weighted(weights)] as ListingOffer;
  }

  private async placeOne(
    c: number,
    p: number,
    b: number,
    now: Date,
    onPlaced: (placed: PlacedOrder) => void,
  ): Promise<void> {
    const { ctx, random } = this;
    const params = ctx.productParams[p];
    const commune = ctx.scenario.communes[c];
    const group = this.groupOf(c, b);
    if (!params || !commune || !group) return;
    const productId = PRODUCT_IDS[p] as (typeof PRODUCT_IDS)[number];
    // Look again: earlier orders today may have taken the stock.
    const offers = await ctx.market.findListings(productId, commune.id, now);
    if (offers.length === 0) return;
    const z = group.zone;
    const offer = this.choose(b, p, z, offers);
    const wanted = params.orderSizes.quantities[this.orderSize(c, p)] ?? params.minOrder;
    // A buyer sees the stock left and takes what there is, if that is still worth an order.
    const quantity = Math.min(Math.max(wanted, offer.listing.minOrder), offer.listing.stock);
    const zone = ZONES[z] as DeliveryZone;
    const buyer = b - group.first + 1;
    try {
      const [order] = await ctx.market.placeOrder(
        {
          buyerId: `${commune.id}/${zone}/b-${buyer}`,
          lines: [{ listingId: offer.listing.id, quantity }],
          zone,
          paymentMethod: PAYMENT_METHODS[random.weighted(this.paymentWeights)] as PaymentMethod,
          deliveryPhone: buyerPhone(z, buyer),
        },
        now,
      );
      if (!order) return;
      const h = ctx.householdByShop.get(order.shopId) ?? 0;
      this.lastSeller[b * PRODUCTS + p] = h;
      ctx.metrics.orderPlaced(ctx.pop.villageOf[h] as number, p, z);
      onPlaced({ order, zone: z, product: p, preOrder: offer.preOrder });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      ctx.metrics.orderRejected(error.code);
    }
  }

  /**
   * The size of the next order of a product in a commune, as an index into its sizes: the commune's orders follow
   * the sizes' weights closely (a Weyl sequence from a random start, stepping by the golden ratio), so that a few
   * dozen orders of a product do not by luck come out mostly large or mostly small.
   */
  private orderSize(c: number, p: number): number {
    const at = c * PRODUCTS + p;
    const u = ((this.sizeCursor[at] as number) + GOLDEN) % 1;
    this.sizeCursor[at] = u;
    const weights = this.sizeWeights[p] ?? [];
    let total = 0;
    for (const w of weights) total += w;
    let r = u * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  private groupOf(c: number, b: number): BuyerGroup | undefined {
    return this.communeGroups[c]?.find((g) => b >= g.first && b < g.first + g.count);
  }
}

function zoneOf(ctx: RunContext, g: BuyerGroup) {
  const buyers = ctx.scenario.communes[g.commune]?.buyers;
  if (!buyers) throw new TypeError(`no commune ${g.commune}`);
  return g.zone === 0 ? buyers.local : g.zone === 1 ? buyers.province : buyers.elsewhere;
}
