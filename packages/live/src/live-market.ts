import { randomBytes, randomUUID } from 'node:crypto';
import type { ListingView, OrderView } from '@nongsan/api';
import { type ApiClient, apiClientAt } from '@nongsan/api-client';
import {
  type Actor,
  DomainError,
  type ErrorCode,
  type ErrorParams,
  type Listing,
  type ListingInput,
  type Order,
  type PaymentMethod,
  type ProductId,
  VILLAGES,
  type VillageId,
} from '@nongsan/domain';
import {
  addressForZone,
  type ListingOffer,
  type Market,
  type PlaceOrderInput,
  villageOfSimulatedHousehold,
} from '@nongsan/simulation';
import { TRPCClientError } from '@trpc/client';

/**
 * The simulation's `Market` over a running server's API (`pnpm simulate --live http://127.0.0.1:3000 …`): the same
 * agents that fill the in-memory market fill (or load) a real database through `orders.place`, `listings.create`…
 *
 * How the simulation's world maps onto the server's:
 * - Every simulated household gets a real household login on first use (a fresh phone number, `password`), in the
 *   server village its id names (`<commune>/<village>/h-…` → `<commune>:<village>`, or `villageFor`). Every shop step
 *   is taken with that login, also when the simulation says a helper acted: appointing helpers needs an official,
 *   which cannot be created over the API. Every simulated buyer id gets a buyer login the same way.
 * - The simulation's ids are kept: orders and listings come back with the simulated household and buyer ids in
 *   `shopId` and `buyerId`, so the agents' books balance; the server's ids are translated both ways.
 * - Time is the server's: its clock (`NONGSAN_NOW` or the real one) decides seasons and the 24-hour deadline, not
 *   the `now` the agents pass, and `expireUnconfirmed` leaves the cancelling to the server's own job (returns []).
 *   Run the server with `NONGSAN_NOW` inside the simulated period for listings to be in season.
 * - `findListings` offers only listings of shops this market opened (the agents can act only for those).
 * - A refusal comes back as the DomainError the server named (`order.not_enough_stock`…), as the port promises.
 */
export interface LiveMarketOptions {
  /** The server's address, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** The password of every login this market creates. */
  readonly password?: string;
  /** The server village of a simulated household (default: read from its id, else the first village). */
  readonly villageFor?: (householdId: string) => VillageId;
  readonly fetch?: typeof fetch;
}

type Client = ApiClient;

/** One login this market holds: its client (with its own session cookie) and the server's id of its household. */
interface Login {
  readonly client: Client;
  readonly serverUserId: string;
  readonly serverHouseholdId: string | null;
}

function toListing(view: ListingView, shopId: string): Listing {
  return {
    id: view.id,
    shopId,
    productId: view.productId,
    title: view.title,
    description: view.description,
    unitPrice: view.unitPrice,
    stock: view.stock,
    minOrder: view.minOrder,
    perBuyerCap: view.perBuyerCap,
    harvest: view.harvest,
    photos: view.photos,
    status: view.status,
    createdAt: new Date(view.createdAt),
    updatedAt: new Date(view.updatedAt),
  };
}

/** A server refusal as the domain's error (the port's contract); anything else (network, 500) as it is. */
function asDomainError(error: unknown): unknown {
  if (!(error instanceof TRPCClientError)) return error;
  const data = error.data as
    | { domainCode?: string | null; problems?: { path: (string | number)[]; params: ErrorParams }[] }
    | undefined;
  if (!data?.domainCode) return error;
  const first = data.problems?.[0];
  return new DomainError(data.domainCode as ErrorCode, first?.params ?? {}, first?.path ?? []);
}

/** How many times a request refused with 429 is sent again, after the wait the server asks for. */
const RATE_LIMIT_RETRIES = 20;

/**
 * Sends a request, and when the server's rate limit refuses it (429), waits as long as `Retry-After` says and sends
 * it again: a simulated commune is many people behind one address, and the run should slow down, not fail.
 */
async function fetchPolitely(
  send: typeof fetch,
  input: Parameters<typeof fetch>[0],
  init: RequestInit,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await send(input, init);
    if (response.status !== 429 || attempt >= RATE_LIMIT_RETRIES) return response;
    const seconds = Number(response.headers.get('retry-after'));
    await response.body?.cancel();
    await new Promise((done) =>
      setTimeout(done, (Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000),
    );
  }
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asDomainError(error);
  }
}

export class LiveMarket implements Market {
  private readonly password: string;
  /** A tag of this run in every phone number it creates, so two runs against one server do not collide. */
  private readonly runTag = randomBytes(2).readUInt16BE(0) % 100;
  private phoneCounter = 0;
  private readonly households = new Map<string, Promise<Login>>();
  private readonly buyers = new Map<string, Promise<Login>>();
  /** Server household id → simulated household id. */
  private readonly shopOfServer = new Map<string, string>();
  /** Server user id → simulated buyer id. */
  private readonly buyerOfServer = new Map<string, string>();
  /** Order id → the simulated shop and buyer it belongs to. */
  private readonly orderParties = new Map<string, { shop: string; buyer: string }>();
  /** Server shop id → the ways it can be paid (the simulated households never change theirs). */
  private readonly paymentMethodsOfShop = new Map<string, Promise<readonly PaymentMethod[]>>();

  constructor(private readonly options: LiveMarketOptions) {
    this.password = options.password ?? 'mo-phong-123';
  }

  private client(): Client {
    const baseFetch = this.options.fetch ?? fetch;
    return apiClientAt(this.options.url, {
      fetch: (input, init) => fetchPolitely(baseFetch, input, init ?? {}),
    });
  }

  /** A fresh mobile number: 09x, then this run's tag, then a counter (up to 600,000 logins a run). */
  private nextPhone(): string {
    const n = this.phoneCounter++;
    const prefix = ['090', '093', '096', '097', '098', '091'][Math.floor(n / 100_000) % 6] as string;
    return `${prefix}${String(this.runTag).padStart(2, '0')}${String(n % 100_000).padStart(5, '0')}`;
  }

  private household(householdId: string): Promise<Login> {
    let login = this.households.get(householdId);
    if (!login) {
      login = (async () => {
        const client = this.client();
        const { user } = await call(() =>
          client.auth.register.mutate({
            kind: 'household',
            phone: this.nextPhone(),
            password: this.password,
            displayName: `Hộ ${householdId.split('/').at(-1) ?? householdId}`,
            villageId: (this.options.villageFor ?? villageOfSimulatedHousehold)(householdId),
          }),
        );
        if (user.householdId) this.shopOfServer.set(user.householdId, householdId);
        return { client, serverUserId: user.id, serverHouseholdId: user.householdId };
      })();
      // A failed registration is not remembered: the next call tries again.
      login.catch(() => this.households.delete(householdId));
      this.households.set(householdId, login);
    }
    return login;
  }

  private buyer(buyerId: string): Promise<Login> {
    let login = this.buyers.get(buyerId);
    if (!login) {
      login = (async () => {
        const client = this.client();
        const { user } = await call(() =>
          client.auth.register.mutate({
            kind: 'buyer',
            phone: this.nextPhone(),
            password: this.password,
            displayName: `Người mua ${buyerId.split('/').at(-1) ?? buyerId}`,
          }),
        );
        this.buyerOfServer.set(user.id, buyerId);
        return { client, serverUserId: user.id, serverHouseholdId: null };
      })();
      login.catch(() => this.buyers.delete(buyerId));
      this.buyers.set(buyerId, login);
    }
    return login;
  }

  /** The login that takes a shop step on an order: the buyer's for a buyer, the shop's otherwise. */
  private async loginFor(orderId: string, actor: Actor | 'buyer' | 'shop'): Promise<Login> {
    const parties = this.orderParties.get(orderId);
    if (!parties) throw new DomainError('order.not_found', { orderId }, ['orderId']);
    const buyerSide = actor === 'buyer' || (typeof actor === 'object' && actor.kind === 'buyer');
    return buyerSide ? this.buyer(parties.buyer) : this.household(parties.shop);
  }

  private toOrder(view: OrderView): Order {
    const shop = this.shopOfServer.get(view.shopId) ?? view.shopId;
    const buyer = this.buyerOfServer.get(view.buyerId) ?? view.buyerId;
    this.orderParties.set(view.id, { shop, buyer });
    return {
      id: view.id,
      checkoutId: view.checkoutId,
      shopId: shop,
      buyerId: buyer,
      status: view.status,
      zone: view.zone,
      lines: view.lines,
      totals: view.totals,
      payment: {
        method: view.payment.method,
        status: view.payment.status,
        paidAmount: view.payment.paidAmount,
        paidAt: view.payment.paidAt === null ? null : new Date(view.payment.paidAt),
      } as Order['payment'],
      deliveryPhone: view.deliveryPhone,
      note: view.note,
      trackingCode: view.trackingCode,
      closeReason: view.closeReason,
      placedAt: new Date(view.placedAt),
      updatedAt: new Date(view.updatedAt),
    };
  }

  async openShop(input: { householdId: string; name: string }): Promise<void> {
    const { client } = await this.household(input.householdId);
    await call(() => client.shop.open.mutate({ name: input.name }));
  }

  async createListing(input: ListingInput, context: { shopId: string }): Promise<Listing> {
    const { client } = await this.household(context.shopId);
    const view = await call(() => client.listings.create.mutate({ listing: input, publish: true }));
    return toListing(view, context.shopId);
  }

  async addStock(
    listingId: string,
    quantity: number,
    _actor?: Actor,
    _now?: Date,
    keptAtMost = Number.POSITIVE_INFINITY,
  ): Promise<Listing> {
    const current = await call(() => this.client().listings.get.query({ listingId }));
    const shop = this.shopOfServer.get(current.shopId);
    if (!shop) throw new DomainError('listing.forbidden', {}, ['listingId']);
    const { client } = await this.household(shop);
    const view = await call(() =>
      client.listings.update.mutate({
        listingId,
        expectedVersion: current.version,
        listing: {
          productId: current.productId,
          title: current.title,
          description: current.description,
          unitPrice: current.unitPrice,
          stock: Math.min(current.stock, keptAtMost) + quantity,
          minOrder: current.minOrder,
          perBuyerCap: current.perBuyerCap,
          harvest: current.harvest,
          photos: [...current.photos],
          // The price was accepted when the listing was made; a restock does not ask again.
          confirmUnusualPrice: true,
        },
      }),
    );
    return toListing(view, shop);
  }

  async findListings(productId: ProductId): Promise<readonly ListingOffer[]> {
    const client = this.client();
    const offers: ListingOffer[] = [];
    for (let page = 1; page <= 20; page += 1) {
      const result = await call(() => client.listings.search.query({ productId, page, pageSize: 100 }));
      for (const view of result.items) {
        const shop = this.shopOfServer.get(view.shopId);
        if (shop && view.orderable && view.stock > 0)
          offers.push({ listing: toListing(view, shop), preOrder: view.preOrder });
      }
      if (page * result.pageSize >= result.total) break;
    }
    return offers;
  }

  async placeOrder(input: PlaceOrderInput): Promise<readonly Order[]> {
    const { client } = await this.buyer(input.buyerId);
    const first = input.lines[0];
    const listing = first
      ? await call(() => client.listings.get.query({ listingId: first.listingId }))
      : null;
    const village = (listing?.villageId ?? VILLAGES[0]?.id) as VillageId;
    const paymentMethod = listing
      ? await this.wayToPay(listing.shopId, input.paymentMethod)
      : input.paymentMethod;
    const result = await call(() =>
      client.orders.place.mutate({
        idempotencyKey: randomUUID(),
        lines: input.lines.map((line) => ({ listingId: line.listingId, quantity: line.quantity })),
        deliveryAddress: addressForZone(village, input.zone),
        paymentMethod,
        deliveryPhone: input.deliveryPhone,
        ...(input.note ? { note: input.note } : {}),
      }),
    );
    return result.orders.map((view) => this.toOrder(view));
  }

  /**
   * How the buyer pays a shop: the way the agent chose when the shop takes it, otherwise the first way the shop
   * offers (as the checkout would), since the server refuses an order its shop cannot be paid for. The simulated
   * agents' carts hold one shop, so one way serves the cart.
   */
  private async wayToPay(serverShopId: string, chosen: PaymentMethod): Promise<PaymentMethod> {
    let accepted = this.paymentMethodsOfShop.get(serverShopId);
    if (!accepted) {
      accepted = call(() => this.client().shop.get.query({ shopId: serverShopId })).then(
        (shop) => shop.paymentMethods,
      );
      accepted.catch(() => this.paymentMethodsOfShop.delete(serverShopId));
      this.paymentMethodsOfShop.set(serverShopId, accepted);
    }
    const methods = await accepted;
    return methods.includes(chosen) ? chosen : (methods[0] ?? chosen);
  }

  async confirm(orderId: string, actor: Actor): Promise<Order> {
    const { client } = await this.loginFor(orderId, actor);
    return this.toOrder(await call(() => client.orders.confirm.mutate({ orderId })));
  }

  async handOver(orderId: string, trackingCode: string, actor: Actor): Promise<Order> {
    const { client } = await this.loginFor(orderId, actor);
    return this.toOrder(await call(() => client.orders.handOver.mutate({ orderId, trackingCode })));
  }

  /** Delivered: the buyer says the parcel arrived. */
  async deliver(orderId: string): Promise<Order> {
    const { client } = await this.loginFor(orderId, 'buyer');
    return this.toOrder(await call(() => client.orders.markDelivered.mutate({ orderId })));
  }

  /** The post could not deliver: the shop records it (its stock comes back). */
  async failDelivery(orderId: string, reason: string): Promise<Order> {
    const { client } = await this.loginFor(orderId, 'shop');
    return this.toOrder(await call(() => client.orders.markDeliveryFailed.mutate({ orderId, reason })));
  }

  async cancel(orderId: string, reason: string, actor: Actor): Promise<Order> {
    const { client } = await this.loginFor(orderId, actor);
    return this.toOrder(await call(() => client.orders.cancel.mutate({ orderId, reason })));
  }

  async markPaid(orderId: string, actor: Actor): Promise<Order> {
    const { client } = await this.loginFor(orderId, actor.kind === 'buyer' ? 'shop' : actor);
    return this.toOrder(await call(() => client.orders.markPaid.mutate({ orderId })));
  }

  /** The server cancels overdue orders itself, on its own clock (`jobs/auto-cancel.ts`). */
  expireUnconfirmed(): readonly Order[] {
    return [];
  }
}

/** A live market on the server at `url`, once it answers `/healthz` (`pnpm simulate --live <url>`). */
export async function connectLiveMarket(url: string): Promise<LiveMarket> {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new Error(`--live needs the server's address, e.g. http://127.0.0.1:3000 (got "${url}")`);
  }
  const health: unknown = await fetch(new URL('/healthz', base)).then(
    (response) => (response.ok ? response.json() : null),
    () => null,
  );
  if ((health as { ok?: unknown } | null)?.ok !== true)
    throw new Error(
      `No nongsan server answers at ${base.origin} (start one with pnpm start, then try again).`,
    );
  return new LiveMarket({ url: base.origin });
}
