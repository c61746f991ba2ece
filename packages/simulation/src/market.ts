import type {
  Actor,
  DeliveryZone,
  Listing,
  ListingInput,
  Order,
  PaymentMethod,
  ProductId,
} from '@nongsan/domain';

/** A listing a buyer found, and whether ordering it now is a pre-order (its harvest is still ahead). */
export interface ListingOffer {
  readonly listing: Listing;
  readonly preOrder: boolean;
}

/** A value now (in memory) or later (over a network). The agents await every call, so both work. */
export type MaybePromise<T> = T | Promise<T>;

export interface PlaceOrderInput {
  readonly buyerId: string;
  readonly lines: readonly { readonly listingId: string; readonly quantity: number }[];
  readonly zone: DeliveryZone;
  readonly paymentMethod: PaymentMethod;
  /** The mobile number to call on delivery. */
  readonly deliveryPhone: string;
  readonly note?: string | null;
}

/**
 * What the simulation's agents do on the marketplace, and nothing else. The in-memory market implements it with
 * the domain's rules alone; the server can implement it over its API, so the same agents can fill or load-test a
 * real database. Every refusal is a DomainError thrown with the domain's code (`order.not_enough_stock`,
 * `order.illegal_transition`…): agents treat refusals as part of market life and count them.
 */
export interface Market {
  /** Opens a household's digital shop (a shop's id is its household's id). */
  openShop(input: {
    readonly householdId: string;
    readonly name: string;
    readonly actor: Actor;
    readonly now: Date;
  }): MaybePromise<void>;
  /** Creates a listing and puts it on sale. */
  createListing(
    input: ListingInput,
    context: { readonly shopId: string; readonly actor: Actor; readonly now: Date },
  ): MaybePromise<Listing>;
  /**
   * Adds stock to a listing (a new flush, a new batch). Of the stock left from before, at most `keptAtMost` stays
   * (default all): the rest has spoiled or gone to traders.
   */
  addStock(
    listingId: string,
    quantity: number,
    actor: Actor,
    now: Date,
    keptAtMost?: number,
  ): MaybePromise<Listing>;
  /** Listings of a product a buyer can order now (in season or open for pre-orders, with stock) near `area`. */
  findListings(productId: ProductId, area: string, now: Date): MaybePromise<readonly ListingOffer[]>;
  /** Places a cart: one order per shop, all or nothing. */
  placeOrder(input: PlaceOrderInput, now: Date): MaybePromise<readonly Order[]>;
  confirm(orderId: string, actor: Actor, now: Date): MaybePromise<Order>;
  handOver(orderId: string, trackingCode: string, actor: Actor, now: Date): MaybePromise<Order>;
  deliver(orderId: string, now: Date): MaybePromise<Order>;
  failDelivery(orderId: string, reason: string, now: Date): MaybePromise<Order>;
  cancel(orderId: string, reason: string, actor: Actor, now: Date): MaybePromise<Order>;
  /** Records the payment as received (by the seller, or on delivery for cash). */
  markPaid(orderId: string, actor: Actor, now: Date): MaybePromise<Order>;
  /** Cancels every order that was not confirmed within its deadline; returns them. */
  expireUnconfirmed(now: Date): MaybePromise<readonly Order[]>;
}
