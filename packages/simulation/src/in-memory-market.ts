import {
  type Actor,
  actsForShop,
  applyOrderAction,
  applyStockChanges,
  changeListingStatus,
  createListing,
  DomainError,
  effectiveStatus,
  expireIfUnconfirmed,
  type Listing,
  type ListingInput,
  type LocalDate,
  listingSeason,
  type Order,
  type OrderAction,
  type OrderEvent,
  type ProductId,
  placeOrders,
  type StockChange,
  SYSTEM_ACTOR,
  startOfLocalDate,
  toLocalDate,
  withStock,
} from '@nongsan/domain';
import type { ListingOffer, Market, PlaceOrderInput } from './market.ts';

/**
 * The listings of one product in one area, and what they offered when last asked: from one day until another
 * (exclusive; days as `dayNumber`s).
 */
interface AreaListings {
  entries: AreaEntry[];
  offered: { readonly from: number; readonly until: number; readonly offers: readonly ListingOffer[] } | null;
}

/** A listing in its area's index, as it is now, with its season's first days (pre-orders, sales, over). */
interface AreaEntry {
  listing: Listing;
  /** The offer last made of it (made again only when the listing or its pre-order state changed). */
  offer: ListingOffer | null;
  readonly area: AreaListings;
  readonly preOrderFrom: number;
  readonly sellFrom: number;
  readonly over: number;
}

/** A local date as a number of days, so a day's comparisons with every listing's season are of numbers. */
function dayNumber(date: LocalDate): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** A shop as the in-memory market keeps it. */
export interface MarketShop {
  readonly householdId: string;
  readonly name: string;
  readonly openedAt: Date;
}

export interface InMemoryMarketOptions {
  /** Where a shop is (its commune), so buyers can look for listings near them. */
  readonly areaOf: (shopId: string) => string;
  /** Keep every order's history (for the demo database); off for large runs. */
  readonly keepHistory?: boolean;
}

/**
 * The Market port with the domain's rules alone, in memory: listings, shops, orders and their history in maps,
 * every decision taken by the domain's pure functions (placeOrders, applyOrderAction, withStock…) and applied
 * here as a server would apply it in a transaction. Ids are sequential, so a run is reproducible.
 */
export class InMemoryMarket implements Market {
  readonly shops = new Map<string, MarketShop>();
  readonly listings = new Map<string, Listing>();
  readonly orders = new Map<string, Order>();
  readonly history: OrderEvent[] = [];
  /** Listings by area and product, each with its season (looked up once, when listed), and what was last offered. */
  private readonly byArea = new Map<string, Map<ProductId, AreaListings>>();
  /** Each listing's entry in its area, kept up to date with the listing; a change drops what the area offered. */
  private readonly entries = new Map<string, AreaEntry>();
  /** The day of the last instant asked about, and where that day starts and ends (a run asks a day at a time). */
  private lastDay = { start: Number.NaN, end: Number.NaN, day: Number.NaN };
  /** Orders still waiting for the seller's confirmation: the expiry sweep looks only at these. */
  private readonly awaitingConfirmation = new Set<string>();
  private listingSeq = 0;
  private idSeq = 0;

  constructor(private readonly options: InMemoryMarketOptions) {}

  openShop(input: { householdId: string; name: string; actor: Actor; now: Date }): void {
    if (this.shops.has(input.householdId)) return;
    this.shops.set(input.householdId, {
      householdId: input.householdId,
      name: input.name,
      openedAt: input.now,
    });
  }

  createListing(input: ListingInput, context: { shopId: string; actor: Actor; now: Date }): Listing {
    if (!this.shops.has(context.shopId)) throw new DomainError('listing.forbidden', {}, ['shopId']);
    this.listingSeq++;
    const id = `L${String(this.listingSeq).padStart(7, '0')}`;
    const draft = createListing(input, {
      id,
      shopId: context.shopId,
      actor: context.actor,
      now: context.now,
    });
    const listing = changeListingStatus(draft, 'publish', context.actor, context.now);
    const season = listingSeason(listing);
    const areaId = this.options.areaOf(context.shopId);
    let products = this.byArea.get(areaId);
    if (!products) {
      products = new Map();
      this.byArea.set(areaId, products);
    }
    let area = products.get(listing.productId);
    if (!area) {
      area = { entries: [], offered: null };
      products.set(listing.productId, area);
    }
    const entry: AreaEntry = {
      listing,
      offer: null,
      area,
      preOrderFrom: dayNumber(season.preOrderFrom),
      sellFrom: dayNumber(season.sellFrom),
      over: dayNumber(season.sellUntil) + 1,
    };
    area.entries.push(entry);
    this.entries.set(id, entry);
    this.store(listing);
    return listing;
  }

  addStock(
    listingId: string,
    quantity: number,
    actor: Actor,
    now: Date,
    keptAtMost = Number.POSITIVE_INFINITY,
  ): Listing {
    const listing = this.listing(listingId);
    if (!actsForShop(actor, listing.shopId)) throw new DomainError('listing.forbidden', {}, []);
    const updated = withStock(listing, Math.min(listing.stock, keptAtMost) + quantity, now);
    this.store(updated);
    return updated;
  }

  /**
   * An index lookup, as a database query would be: the area's listings of the product that are active with stock
   * and inside their selling or pre-order window. Placing an order checks everything again through the domain.
   * What an area offered is kept until one of its listings changes or a season boundary of one of them passes
   * (buyers ask about every area every day, and most areas change on few days), so a quiet area costs nothing.
   */
  findListings(productId: ProductId, area: string, now: Date): readonly ListingOffer[] {
    const listings = this.byArea.get(area)?.get(productId);
    if (!listings) return [];
    const today = this.dayOf(now);
    const offered = listings.offered;
    if (offered && today >= offered.from && today < offered.until) return offered.offers;
    const offers: ListingOffer[] = [];
    let until = Number.POSITIVE_INFINITY;
    let ended = 0;
    for (const entry of listings.entries) {
      const { listing } = entry;
      if (today >= entry.over || listing.status === 'ended') {
        ended++;
        continue;
      }
      // The first day on which this listing's answer changes by the calendar alone.
      const next =
        today < entry.preOrderFrom
          ? entry.preOrderFrom
          : today < entry.sellFrom
            ? entry.sellFrom
            : entry.over;
      if (next < until) until = next;
      if (listing.status !== 'active' || listing.stock === 0 || today < entry.preOrderFrom) continue;
      const preOrder = today < entry.sellFrom;
      let offer = entry.offer;
      if (offer?.listing !== listing || offer.preOrder !== preOrder) {
        offer = { listing, preOrder };
        entry.offer = offer;
      }
      offers.push(offer);
    }
    listings.offered = { from: today, until, offers };
    // Listings whose season is over never come back: drop them from the index once in a while.
    if (ended > 32 && ended * 2 > listings.entries.length) {
      for (const e of listings.entries) if (today >= e.over) this.entries.delete(e.listing.id);
      listings.entries = listings.entries.filter((e) => today < e.over);
    }
    return offers;
  }

  /** Keeps a listing as it is now; what its area last offered no longer holds. */
  private store(listing: Listing): void {
    this.listings.set(listing.id, listing);
    const entry = this.entries.get(listing.id);
    if (!entry) return;
    entry.listing = listing;
    entry.area.offered = null;
  }

  /** The day of an instant (a `dayNumber`), remembered for the day it falls in (the domain's rule, asked once a day). */
  private dayOf(now: Date): number {
    const at = now.getTime();
    const last = this.lastDay;
    if (at >= last.start && at < last.end) return last.day;
    const date = toLocalDate(now);
    // Vietnam has no daylight saving: a local day is 24 hours from its local midnight.
    const start = startOfLocalDate(date).getTime();
    this.lastDay = { start, end: start + 86_400_000, day: dayNumber(date) };
    return this.lastDay.day;
  }

  placeOrder(input: PlaceOrderInput, now: Date): Order[] {
    const listings = new Map<string, Listing>();
    for (const line of input.lines) {
      const listing = this.listings.get(line.listingId);
      if (listing) listings.set(line.listingId, listing);
    }
    const placement = placeOrders(
      {
        lines: input.lines.map((l) => ({ ...l })),
        paymentMethod: input.paymentMethod,
        deliveryPhone: input.deliveryPhone,
        note: input.note ?? null,
      },
      {
        buyerId: input.buyerId,
        listings,
        zoneOf: () => input.zone,
        newId: () => this.newId(),
        now,
      },
    );
    this.applyStock(placement.stockChanges, listings, now);
    for (const order of placement.orders) {
      this.orders.set(order.id, order);
      this.awaitingConfirmation.add(order.id);
    }
    if (this.options.keepHistory) this.history.push(...placement.events);
    return [...placement.orders];
  }

  confirm(orderId: string, actor: Actor, now: Date): Order {
    return this.step(orderId, { type: 'confirm' }, actor, now);
  }

  handOver(orderId: string, trackingCode: string, actor: Actor, now: Date): Order {
    return this.step(orderId, { type: 'hand_over', trackingCode }, actor, now);
  }

  deliver(orderId: string, now: Date): Order {
    return this.step(orderId, { type: 'deliver' }, SYSTEM_ACTOR, now);
  }

  failDelivery(orderId: string, reason: string, now: Date): Order {
    return this.step(orderId, { type: 'fail_delivery', reason }, SYSTEM_ACTOR, now);
  }

  cancel(orderId: string, reason: string, actor: Actor, now: Date): Order {
    return this.step(orderId, { type: 'cancel', reason }, actor, now);
  }

  markPaid(orderId: string, actor: Actor, now: Date): Order {
    return this.step(orderId, { type: 'record_payment' }, actor, now);
  }

  expireUnconfirmed(now: Date): Order[] {
    const expired: Order[] = [];
    for (const id of this.awaitingConfirmation) {
      const order = this.orders.get(id);
      if (order?.status !== 'placed') {
        this.awaitingConfirmation.delete(id);
        continue;
      }
      const step = expireIfUnconfirmed(order, now);
      if (!step) continue;
      this.commit(step.order, step.stockChanges, step.event, now);
      expired.push(step.order);
    }
    return expired;
  }

  /** The listing as stored now. */
  listing(listingId: string): Listing {
    const listing = this.listings.get(listingId);
    if (!listing) throw new DomainError('order.listing_not_found', { listingId }, ['listingId']);
    return listing;
  }

  /** The status a person would see now (ended once the season is over). */
  listingStatus(listingId: string, now: Date) {
    return effectiveStatus(this.listing(listingId), now);
  }

  private step(orderId: string, action: OrderAction, actor: Actor, now: Date): Order {
    const order = this.orders.get(orderId);
    // The agents only act on orders the market gave them: an unknown id is a bug in the simulation.
    if (!order) throw new TypeError(`No order ${orderId}`);
    const step = applyOrderAction(order, action, actor, now);
    this.commit(step.order, step.stockChanges, step.event, now);
    return step.order;
  }

  private commit(order: Order, changes: readonly StockChange[], event: OrderEvent, now: Date): void {
    this.orders.set(order.id, order);
    if (order.status !== 'placed') this.awaitingConfirmation.delete(order.id);
    if (changes.length > 0) {
      const affected = new Map<string, Listing>();
      for (const c of changes) {
        const listing = this.listings.get(c.listingId);
        if (listing) affected.set(c.listingId, listing);
      }
      this.applyStock(changes, affected, now);
    }
    if (this.options.keepHistory) this.history.push(event);
  }

  /**
   * Applies stock decisions to the listings they name. Stock given back to a listing whose season is over stays
   * with the grower: an ended listing cannot be restocked (the domain refuses), so that release is dropped.
   */
  private applyStock(
    changes: readonly StockChange[],
    listings: ReadonlyMap<string, Listing>,
    now: Date,
  ): void {
    const live = changes.filter((c) => {
      const listing = listings.get(c.listingId);
      return listing !== undefined && (c.delta < 0 || effectiveStatus(listing, now) !== 'ended');
    });
    if (live.length === 0) return;
    const updated = applyStockChanges(listings, live, now);
    for (const c of live) {
      const listing = updated.get(c.listingId);
      if (listing) this.store(listing);
    }
  }

  private newId(): string {
    this.idSeq++;
    return `O${String(this.idSeq).padStart(7, '0')}`;
  }
}
