import { createHash } from 'node:crypto';
import { constraintViolation } from '@nongsan/db';
import {
  type Actor,
  type Address,
  AddressSchema,
  adjustLineWeight,
  applyOrderAction,
  availableOrderActions,
  changePaymentMethod,
  DomainError,
  deliveryZoneFor,
  expireIfUnconfirmed,
  findVillage,
  isDomainError,
  type Listing,
  mayViewOrder,
  notEnoughStock,
  type OrderAction,
  type OrderActionType,
  type OrderStep,
  orderReference,
  type PaymentMethod,
  PlaceOrdersInputSchema,
  parseInput,
  placeOrders,
  type StockChange,
  SYSTEM_ACTOR,
  stableJson,
  type WeightAdjustment,
} from '@nongsan/domain';
import * as z from 'zod';
import { newId } from '../ids.ts';
import type { StoredOrder, StoredOrderEvent } from '../repositories/order-repository.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { type PlacementQueue, transactionPerCheckout } from './placement-queue.ts';
import { shopPaymentMethods } from './shop-service.ts';

/** What a buyer sends to `orders.place`: the domain's checkout plus where to deliver and an idempotency key. */
export const PlaceOrdersRequestSchema = PlaceOrdersInputSchema.extend({
  /** Made by the app once per checkout attempt and sent again on a retry: the same key never places twice. */
  idempotencyKey: z.string().trim().min(8).max(100),
  deliveryAddress: AddressSchema,
});
export type PlaceOrdersRequest = z.input<typeof PlaceOrdersRequestSchema>;

/** An order as the apps receive it: plain JSON (times as ISO text), so a replayed answer equals the first. */
export interface OrderView {
  readonly id: string;
  readonly reference: string;
  readonly checkoutId: string;
  readonly shopId: string;
  readonly buyerId: string;
  readonly status: StoredOrder['status'];
  readonly zone: StoredOrder['zone'];
  readonly deliveryAddress: Address;
  /** The mobile number to call on delivery, as the buyer gave it at checkout. */
  readonly deliveryPhone: string;
  readonly lines: StoredOrder['lines'];
  readonly totals: StoredOrder['totals'];
  readonly payment: {
    readonly method: StoredOrder['payment']['method'];
    readonly status: StoredOrder['payment']['status'];
    readonly paidAmount: number | null;
    readonly paidAt: string | null;
  };
  readonly note: string | null;
  readonly trackingCode: string | null;
  readonly closeReason: string | null;
  readonly placedAt: string;
  readonly updatedAt: string;
  /** When the system cancels the order if the seller has not confirmed it. */
  readonly confirmBy: string;
  readonly version: number;
}

/**
 * An order in its shop's inbox: with the buyer's name and account phone besides the phone to call on delivery
 * (`deliveryPhone`), which differ when the buyer orders for someone else.
 */
export interface InboxOrderView extends OrderView {
  readonly buyer: { readonly name: string; readonly phone: string };
}

export interface OrderEventView {
  readonly at: string;
  readonly kind: string;
  readonly from: string | null;
  readonly to: string;
  readonly actor: StoredOrderEvent['actor'];
  readonly details: StoredOrderEvent['details'];
}

export interface PlaceOrdersResult {
  readonly orders: OrderView[];
}

export function toOrderView(order: StoredOrder): OrderView {
  return {
    id: order.id,
    reference: orderReference(order),
    checkoutId: order.checkoutId,
    shopId: order.shopId,
    buyerId: order.buyerId,
    status: order.status,
    zone: order.zone,
    deliveryAddress: order.deliveryAddress,
    deliveryPhone: order.deliveryPhone,
    lines: order.lines,
    totals: order.totals,
    payment: {
      method: order.payment.method,
      status: order.payment.status,
      paidAmount: order.payment.paidAmount,
      paidAt: order.payment.paidAt?.toISOString() ?? null,
    },
    note: order.note,
    trackingCode: order.trackingCode,
    closeReason: order.closeReason,
    placedAt: order.placedAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    confirmBy: order.confirmBy.toISOString(),
    version: order.version,
  };
}

/** The fingerprint of a checkout's body (everything but the key), after parsing, so spacing does not matter. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(stableJson(body)).digest('hex');
}

/** The commune a village lies in (its 2025 code), for the delivery zone. */
function communeOfVillage(villageId: string): string {
  const village = findVillage(villageId);
  if (!village) throw new DomainError('places.unknown_village', { id: villageId }, ['villageId']);
  return village.currentCommuneCode;
}

/**
 * Stock changes in one fixed order (by listing id): two carts holding the same listings in another order then lock
 * their rows in the same order, so PostgreSQL never has to break a deadlock between them.
 */
function byListing(changes: readonly StockChange[]): StockChange[] {
  return [...changes].sort((a, b) => (a.listingId < b.listingId ? -1 : a.listingId > b.listingId ? 1 : 0));
}

/** How many orders a list returns at most. */
const LIST_LIMIT = 200;

export class OrdersService {
  constructor(private readonly deps: ServiceDeps & { readonly placements?: PlacementQueue }) {}

  private replay(stored: { requestHash: string; response: unknown }, hash: string): PlaceOrdersResult | null {
    if (stored.requestHash !== hash)
      throw new DomainError('order.idempotency_conflict', {}, ['idempotencyKey']);
    return stored.response === null ? null : (stored.response as PlaceOrdersResult);
  }

  /**
   * A buyer's checkout: one order per shop, all or nothing, in one transaction. Stock is taken with a conditional
   * update per listing (none left → `order.not_enough_stock`, everything rolled back). The idempotency key is the
   * buyer's: claimed in the same transaction, so a second request with the key either waits for the first (the
   * primary key makes PostgreSQL hold it; SQLite runs one write transaction at a time) and then replays its answer,
   * or, with another body, gets `order.idempotency_conflict`.
   */
  async place(buyerId: string, request: PlaceOrdersRequest): Promise<PlaceOrdersResult> {
    const { idempotencyKey, ...body } = parseInput(PlaceOrdersRequestSchema, request);
    const hash = requestHash(body);
    const earlier = await repositoriesFor(this.deps.db).idempotency.find(buyerId, idempotencyKey);
    if (earlier) {
      const replayed = this.replay(earlier, hash);
      if (replayed) return replayed;
    }
    try {
      const placements = this.deps.placements ?? transactionPerCheckout(this.deps.db);
      return await placements.run((repos) =>
        this.placeInTransaction(repos, buyerId, idempotencyKey, hash, body),
      );
    } catch (error) {
      if (constraintViolation(error)?.kind !== 'unique') throw error;
      // Another request with this key committed first: answer as it did.
      const winner = await repositoriesFor(this.deps.db).idempotency.find(buyerId, idempotencyKey);
      const replayed = winner ? this.replay(winner, hash) : null;
      if (replayed) return replayed;
      throw error;
    }
  }

  private async placeInTransaction(
    repos: Repositories,
    buyerId: string,
    key: string,
    hash: string,
    body: z.output<typeof PlaceOrdersInputSchema> & { deliveryAddress: Address },
  ): Promise<PlaceOrdersResult> {
    const now = this.deps.clock.now();
    await repos.orders.lockBuyer(buyerId);
    const again = await repos.idempotency.find(buyerId, key);
    if (again) {
      const replayed = this.replay(again, hash);
      if (replayed) return replayed;
    }
    // Claim first: on PostgreSQL a concurrent twin waits here, before touching any stock.
    await repos.idempotency.claim(buyerId, key, hash, null, now);

    const listingIds = body.lines.map((l) => l.listingId);
    const listings = new Map<string, Listing>();
    for (const id of listingIds) {
      const listing = await repos.listings.findById(id);
      if (listing) listings.set(id, listing);
    }
    const shopIds = [...new Set([...listings.values()].map((l) => l.shopId))];
    const villages = await repos.orders.shopVillages(shopIds);
    const methods = await shopPaymentMethods(repos, shopIds);
    const buyerCommune = body.deliveryAddress.commune.code;
    const placement = placeOrders(body, {
      buyerId,
      listings,
      alreadyOrdered: await repos.orders.openQuantities(buyerId, listingIds),
      zoneOf: (shopId) => deliveryZoneFor(communeOfVillage(villages.get(shopId) ?? ''), buyerCommune),
      acceptedMethods: (shopId) => methods.get(shopId) ?? [],
      newId: () => newId('ord'),
      now,
    });

    for (const change of byListing(placement.stockChanges)) {
      if (!(await repos.listingStock.apply(change, now))) {
        const listing = listings.get(change.listingId);
        const available = (await repos.listingStock.stockOf(change.listingId)) ?? 0;
        if (!listing) throw new DomainError('order.listing_not_found', { listingId: change.listingId });
        throw notEnoughStock(listing, available, ['lines', listingIds.indexOf(change.listingId), 'quantity']);
      }
    }
    for (const order of placement.orders) {
      await repos.orders.insert(order, body.deliveryAddress);
      await recordAudit(repos, {
        actorUserId: buyerId,
        householdId: order.shopId,
        action: 'order.place',
        details: { orderId: order.id, total: order.totals.total },
        at: now,
      });
    }
    await repos.orders.insertEvents(placement.events);
    const stored = await repos.orders.findByIds(placement.orders.map((o) => o.id));
    const result: PlaceOrdersResult = { orders: stored.map(toOrderView) };
    await repos.idempotency.setResponse(buyerId, key, result);
    return result;
  }

  private async load(repos: Repositories, orderId: string): Promise<StoredOrder> {
    const order = await repos.orders.findById(orderId);
    if (!order) throw new DomainError('order.not_found', { orderId }, ['orderId']);
    return order;
  }

  /** Stock moves of a step, applied conditionally (a release always fits; a heavier packed weight may not). */
  private async applyStock(repos: Repositories, order: StoredOrder, changes: readonly StockChange[]) {
    const now = this.deps.clock.now();
    for (const change of byListing(changes)) {
      if (!(await repos.listingStock.apply(change, now))) {
        const listing = await repos.listings.findById(change.listingId);
        if (!listing) throw new DomainError('order.listing_not_found', { listingId: change.listingId });
        const index = order.lines.findIndex((l) => l.listingId === change.listingId);
        throw notEnoughStock(listing, listing.stock, ['lines', index, 'quantity']);
      }
    }
  }

  /**
   * Writes a decided step: the order only if nobody changed it since it was read (`order.stale` otherwise, so two
   * concurrent steps cannot both apply), the stock moved, the history entry, the audit record.
   */
  private async commitStep(
    repos: Repositories,
    before: StoredOrder,
    step: OrderStep,
    actor: Actor,
    action: string,
    linesChanged = false,
  ): Promise<void> {
    if (!(await repos.orders.update(step.order, before.version, linesChanged)))
      throw new DomainError('order.stale', { orderId: before.id }, ['orderId']);
    await this.applyStock(repos, before, step.stockChanges);
    await repos.orders.insertEvents([step.event]);
    if (actor.kind !== 'system') {
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId: before.shopId,
        action: `order.${action}`,
        details: { orderId: before.id, from: before.status, to: step.order.status, ...step.event.details },
        at: step.event.at,
      });
    }
  }

  /** One step of the order's life (confirm, hand over, deliver, fail, cancel, payment), decided by the domain. */
  async act(actor: Actor, orderId: string, action: OrderAction): Promise<OrderView> {
    return inTransaction(this.deps.db, async (repos) => {
      const order = await this.load(repos, orderId);
      const step = this.decide(order, actor, action);
      await this.commitStep(repos, order, step, actor, action.type);
      return toOrderView(await this.load(repos, orderId));
    });
  }

  private decide(order: StoredOrder, actor: Actor, action: OrderAction): OrderStep {
    if (!mayViewOrder(order, actor))
      throw new DomainError('order.not_found', { orderId: order.id }, ['orderId']);
    return applyOrderAction(order, action, actor, this.deps.clock.now());
  }

  /**
   * Cancels orders still unconfirmed 24 hours after placing and gives their stock back, each in its own
   * transaction. Safe to run from several processes at once: the version check lets only one cancel an order, the
   * other skips it. Returns how many this call cancelled.
   */
  async expireOverdue(batch = 200): Promise<number> {
    const now = this.deps.clock.now();
    const ids = await repositoriesFor(this.deps.db).orders.overdueIds(now, batch);
    let cancelled = 0;
    for (const id of ids) {
      try {
        const done = await inTransaction(this.deps.db, async (repos) => {
          const order = await repos.orders.findById(id);
          const step = order ? expireIfUnconfirmed(order, now) : null;
          if (!order || !step) return false;
          await this.commitStep(repos, order, step, SYSTEM_ACTOR, 'expire');
          return true;
        });
        if (done) cancelled += 1;
      } catch (error) {
        // Someone confirmed or cancelled it meanwhile (or another process expired it first).
        if (!isDomainError(error) || error.code !== 'order.stale') throw error;
      }
    }
    return cancelled;
  }

  /**
   * The buyer pays their order another way (the domain decides whether they may, and whether the shop takes that
   * way now); someone who may not see the order gets `order.not_found`, as everywhere.
   */
  async changePaymentMethod(actor: Actor, orderId: string, method: PaymentMethod): Promise<OrderView> {
    return inTransaction(this.deps.db, async (repos) => {
      const order = await this.load(repos, orderId);
      if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
      const accepted = (await shopPaymentMethods(repos, [order.shopId])).get(order.shopId) ?? [];
      const step = changePaymentMethod(order, method, accepted, actor, this.deps.clock.now());
      await this.commitStep(repos, order, step, actor, 'change_payment_method');
      return toOrderView(await this.load(repos, orderId));
    });
  }

  /** The packed weight of a weighed line; stock follows the difference. */
  async adjustWeight(actor: Actor, orderId: string, adjustment: WeightAdjustment): Promise<OrderView> {
    return inTransaction(this.deps.db, async (repos) => {
      const order = await this.load(repos, orderId);
      if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
      const line = order.lines[adjustment.lineIndex];
      const stockLeft = line ? ((await repos.listingStock.stockOf(line.listingId)) ?? 0) : 0;
      const step = adjustLineWeight(order, adjustment, actor, this.deps.clock.now(), stockLeft);
      await this.commitStep(repos, order, step, actor, 'adjust_weight', true);
      return toOrderView(await this.load(repos, orderId));
    });
  }

  /** One order with its history and the steps the viewer could take now. */
  async get(
    actor: Actor,
    orderId: string,
  ): Promise<{ order: OrderView; events: OrderEventView[]; actions: OrderActionType[] }> {
    const repos = repositoriesFor(this.deps.db);
    const order = await this.load(repos, orderId);
    if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
    const events = await repos.orders.events(orderId);
    return {
      order: toOrderView(order),
      events: events.map((e) => ({
        at: e.at.toISOString(),
        kind: e.kind,
        from: e.from,
        to: e.to,
        actor: e.actor,
        details: e.details,
      })),
      actions: availableOrderActions(order, actor),
    };
  }

  /** A buyer's orders, newest first. */
  async mine(buyerId: string): Promise<OrderView[]> {
    const orders = await repositoriesFor(this.deps.db).orders.list({ buyerId, limit: LIST_LIMIT });
    return orders.map(toOrderView);
  }

  /**
   * A shop's orders for its inbox: those awaiting confirmation first, the nearest deadline first, then the rest
   * newest first. `version` changes whenever an order of the shop is placed or changes (see `inboxVersion`).
   */
  async inbox(shopId: string): Promise<{ orders: InboxOrderView[]; version: string }> {
    const repos = repositoriesFor(this.deps.db);
    const orders = await repos.orders.list({ shopId, limit: LIST_LIMIT });
    const waiting = orders
      .filter((o) => o.status === 'placed')
      .sort((a, b) => a.confirmBy.getTime() - b.confirmBy.getTime());
    const rest = orders.filter((o) => o.status !== 'placed');
    const contacts = await repos.users.contacts(orders.map((o) => o.buyerId));
    return {
      orders: [...waiting, ...rest].map((o) => ({
        ...toOrderView(o),
        buyer: contacts.get(o.buyerId) ?? { name: '', phone: '' },
      })),
      version: await this.inboxVersion(shopId),
    };
  }

  /** A short text that changes whenever the shop's orders change: the app polls it every few seconds. */
  async inboxVersion(shopId: string): Promise<string> {
    const { latest, total, waiting } = await repositoriesFor(this.deps.db).orders.inboxVersion(shopId);
    return `${latest ?? '-'}|${total}|${waiting}`;
  }
}
