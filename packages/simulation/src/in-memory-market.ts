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
  type ListingSeason,
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
  private readonly seasons = new Map<string, ListingSeason>();
  /** Listings by area and product, each with its season (looked up once, when listed). */
  private readonly byArea = new Map<string, { readonly id: string; readonly season: ListingSeason }[]>();
  /** The local date of the last instant asked about, and that instant's day (a run asks about one day at a time). */
  private lastDay = { start: Number.NaN, end: Number.NaN, date: '' };
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
    this.listings.set(id, listing);
    const season = listingSeason(listing);
    this.seasons.set(id, season);
    const key = `${this.options.areaOf(context.shopId)}|${listing.productId}`;
    const entries = this.byArea.get(key);
    if (entries) entries.push({ id, season });
    else this.byArea.set(key, [{ id, season }]);
    return listing;
  }

  addStock(listingId: string, quantity: number, actor: Actor, now: Date): Listing {
    const listing = this.listing(listingId);
    if (!actsForShop(actor, listing.shopId)) throw new DomainError('listing.forbidden', {}, []);
    const updated = withStock(listing, listing.stock + quantity, now);
    this.listings.set(listingId, updated);
    return updated;
  }

  /**
   * An index lookup, as a database query would be: the area's listings of the product that are active with stock
   * and inside their selling or pre-order window. Placing an order checks everything again through the domain.
   */
  findListings(productId: ProductId, area: string, now: Date): ListingOffer[] {
    const key = `${area}|${productId}`;
    const entries = this.byArea.get(key);
    if (!entries) return [];
    const today = this.localDate(now);
    const offers: ListingOffer[] = [];
    let ended = 0;
    for (const { id, season } of entries) {
      if (today > season.sellUntil) {
        ended++;
        continue;
      }
      const listing = this.listings.get(id);
      if (!listing) continue;
      if (listing.status === 'ended') {
        ended++;
        continue;
      }
      if (listing.status !== 'active' || listing.stock === 0 || today < season.preOrderFrom) continue;
      offers.push({ listing, preOrder: today < season.sellFrom });
    }
    // Listings whose season is over never come back: drop them from the index once in a while.
    if (ended > 32 && ended * 2 > entries.length)
      this.byArea.set(
        key,
        entries.filter((e) => today <= e.season.sellUntil),
      );
    return offers;
  }

  /** The local date of an instant, remembered for the day it falls in (the domain's rule, asked once a day). */
  private localDate(now: Date): string {
    const at = now.getTime();
    const last = this.lastDay;
    if (at >= last.start && at < last.end) return last.date;
    const date = toLocalDate(now);
    // Vietnam has no daylight saving: a local day is 24 hours from its local midnight.
    const start = startOfLocalDate(date).getTime();
    this.lastDay = { start, end: start + 86_400_000, date };
    return date;
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
      if (listing) this.listings.set(c.listingId, listing);
    }
  }

  private newId(): string {
    this.idSeq++;
    return `O${String(this.idSeq).padStart(7, '0')}`;
  }
}
