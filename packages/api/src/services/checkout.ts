import { createHash } from 'node:crypto';
import { constraintViolation } from '@nongsan/db';
import {
  AddressSchema,
  acceptedPaymentMethods,
  confirmDeadline,
  DomainError,
  deliveryZoneFor,
  notEnoughStock,
  PlaceOrdersInputSchema,
  parseInput,
  placeParsedOrders,
  stableJson,
} from '@nongsan/domain';
import * as z from 'zod';
import { newId } from '../ids.ts';
import type { IdempotencyRecord } from '../repositories/idempotency-repository.ts';
import { type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';
import { byListing } from './order-stock.ts';
import { type OrderView, toOrderView } from './order-views.ts';
import { type PlacementQueue, transactionPerCheckout } from './placement-queue.ts';

/** What a buyer sends to `orders.place`: the domain's checkout plus where to deliver and an idempotency key. */
export const PlaceOrdersRequestSchema = PlaceOrdersInputSchema.extend({
  /** Made by the app once per checkout attempt and sent again on a retry: the same key never places twice. */
  idempotencyKey: z.string().trim().min(8).max(100),
  deliveryAddress: AddressSchema,
});
/** What a buyer sends to `orders.place`, before parsing. */
export type PlaceOrdersRequest = z.input<typeof PlaceOrdersRequestSchema>;
/** What `PlaceOrdersRequestSchema` made of it (what the router hands over). */
export type ParsedPlaceOrdersRequest = z.output<typeof PlaceOrdersRequestSchema>;

export interface PlaceOrdersResult {
  readonly orders: OrderView[];
}

/** The fingerprint of a checkout's body (everything but the key), after parsing, so spacing does not matter. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(stableJson(body)).digest('hex');
}

/** The first answer to a key, when this request is the same as the one that used it; a conflict otherwise. */
function replay(stored: IdempotencyRecord, hash: string): PlaceOrdersResult | null {
  if (stored.requestHash !== hash)
    throw new DomainError('order.idempotency_conflict', {}, ['idempotencyKey']);
  return stored.response === null ? null : (stored.response as PlaceOrdersResult);
}

/**
 * A buyer's checkout: one order per shop, all or nothing, in one transaction with as few statements as keep every
 * rule (on SQLite, for a one-shop cart: the key, the cart, the stock, the order, its lines, its history, the audit
 * entry, the key with its answer):
 * - idempotency: the key is looked up under the write lock and stored with the answer in the same transaction,
 *   so a retry (even one racing the first request) gets the first answer and another body with the key
 *   `order.idempotency_conflict`;
 * - the per-buyer cap: the buyer's checkouts run one after another (`lockBuyer` on PostgreSQL, `BEGIN IMMEDIATE`
 *   on SQLite), so what they hold on open orders is read after every earlier one committed (with the cart, for
 *   the listings that have a cap);
 * - stock: a conditional decrement per listing (`order.not_enough_stock` when it does not fit, all rolled back);
 * - minimum, season, cap, payment way, one order per shop: the domain's `placeParsedOrders`, over one read of the
 *   cart (listings, their shops' villages and payment ways).
 * The answer is made from what was written, not read back.
 */
export class Checkout {
  constructor(private readonly deps: ServiceDeps & { readonly placements?: PlacementQueue }) {}

  /** A checkout as sent: parsed here. */
  place(buyerId: string, request: PlaceOrdersRequest): Promise<PlaceOrdersResult> {
    return this.placeParsed(buyerId, parseInput(PlaceOrdersRequestSchema, request));
  }

  /** A checkout already parsed by `PlaceOrdersRequestSchema` (the router's input): not parsed again. */
  async placeParsed(buyerId: string, request: ParsedPlaceOrdersRequest): Promise<PlaceOrdersResult> {
    const { idempotencyKey, ...body } = request;
    const hash = requestHash(body);
    try {
      const placements = this.deps.placements ?? transactionPerCheckout(this.deps.db);
      return await placements.run((repos) =>
        this.placeInTransaction(repos, buyerId, idempotencyKey, hash, body),
      );
    } catch (error) {
      if (constraintViolation(error)?.kind !== 'unique') throw error;
      // Another request with this key committed first: answer as it did.
      const winner = await repositoriesFor(this.deps.db).idempotency.find(buyerId, idempotencyKey);
      const replayed = winner ? replay(winner, hash) : null;
      if (replayed) return replayed;
      throw error;
    }
  }

  private async placeInTransaction(
    repos: Repositories,
    buyerId: string,
    key: string,
    hash: string,
    body: Omit<ParsedPlaceOrdersRequest, 'idempotencyKey'>,
  ): Promise<PlaceOrdersResult> {
    const now = this.deps.clock.now();
    await repos.orders.lockBuyer(buyerId);
    const earlier = await repos.idempotency.find(buyerId, key);
    if (earlier) {
      const replayed = replay(earlier, hash);
      if (replayed) return replayed;
    }
    const listingIds = body.lines.map((l) => l.listingId);
    const { listings, shops, alreadyOrdered } = await repos.checkout.cart(listingIds, buyerId);
    const buyerCommune = body.deliveryAddress.commune.code;
    const placement = placeParsedOrders(body, {
      buyerId,
      listings,
      alreadyOrdered,
      // The shop's commune as the database keeps its village: villages added after the domain's place data count.
      zoneOf: (shopId) => deliveryZoneFor(shops.get(shopId)?.communeCode ?? '', buyerCommune),
      acceptedMethods: (shopId) => {
        const shop = shops.get(shopId);
        return shop ? acceptedPaymentMethods(shop.payment) : [];
      },
      newId: () => newId('ord'),
      now,
    });

    const { deliveryAddress } = body;
    const result: PlaceOrdersResult = {
      orders: placement.orders.map((order) =>
        toOrderView({ ...order, version: 1, deliveryAddress, confirmBy: confirmDeadline(order) }),
      ),
    };
    const refused = await repos.checkout.write(
      {
        stockChanges: byListing(placement.stockChanges),
        orders: placement.orders,
        deliveryAddress,
        events: placement.events,
        audit: placement.orders.map((order) => ({
          id: newId('aud'),
          actorUserId: buyerId,
          householdId: order.shopId,
          action: 'order.place',
          details: { orderId: order.id, total: order.totals.total },
          at: now.toISOString(),
        })),
        key: { buyerId, key, requestHash: hash, response: result, at: now },
      },
      now,
    );
    if (refused) {
      const listing = listings.get(refused.listingId);
      if (!listing) throw new DomainError('order.listing_not_found', { listingId: refused.listingId });
      const available = (await repos.listingStock.stockOf(refused.listingId)) ?? 0;
      throw notEnoughStock(listing, available, ['lines', listingIds.indexOf(refused.listingId), 'quantity']);
    }
    return result;
  }
}
