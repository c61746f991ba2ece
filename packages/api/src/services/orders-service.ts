import {
  type Actor,
  adjustLineWeight,
  alreadyApplied,
  applyOrderAction,
  changePaymentMethod,
  checkMadeAgainst,
  DomainError,
  expireIfUnconfirmed,
  isDomainError,
  mayViewOrder,
  type OrderAction,
  type OrderActionType,
  type OrderStep,
  type PaymentMethod,
  REQUEST_KEY_DETAIL,
  SYSTEM_ACTOR,
  type WeightAdjustment,
} from '@nongsan/domain';
import type { StoredOrder } from '../repositories/order-repository.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import {
  Checkout,
  type ParsedPlaceOrdersRequest,
  type PlaceOrdersRequest,
  type PlaceOrdersResult,
} from './checkout.ts';
import type { ServiceDeps } from './deps.ts';
import { takeStock } from './order-stock.ts';
import {
  type InboxOrderView,
  loadOrder,
  type OrderEventView,
  type OrderView,
  OrderViews,
  toOrderView,
} from './order-views.ts';
import type { Page, PageRequest } from './page-cursor.ts';
import type { PlacementQueue } from './placement-queue.ts';
import { shopPaymentMethods } from './shop-service.ts';

export {
  type PlaceOrdersRequest,
  PlaceOrdersRequestSchema,
  type PlaceOrdersResult,
  requestHash,
} from './checkout.ts';
export type { InboxOrderView, OrderEventView, OrderView } from './order-views.ts';
export { toOrderView } from './order-views.ts';

/**
 * Orders: placing them (`checkout.ts`), every later step of their life (here: each decided by the domain and
 * written with an optimistic version check), and what the apps read of them (`order-views.ts`).
 */
/** What a step sent later from a phone carries: the key it was made with, the order's version it was made against. */
export interface SentLater {
  readonly idempotencyKey?: string | undefined;
  readonly expectedVersion?: number | undefined;
}

/** The step with its key in its history entry, so a repeat is recognised (`alreadyApplied`). */
function keyed(step: OrderStep, sent: SentLater): OrderStep {
  if (sent.idempotencyKey === undefined) return step;
  return {
    ...step,
    event: { ...step.event, details: { ...step.event.details, [REQUEST_KEY_DETAIL]: sent.idempotencyKey } },
  };
}

export class OrdersService {
  private readonly checkout: Checkout;
  private readonly views: OrderViews;

  constructor(private readonly deps: ServiceDeps & { readonly placements?: PlacementQueue }) {
    this.checkout = new Checkout(deps);
    this.views = new OrderViews(deps);
  }

  /** A buyer's checkout as sent (parsed here); see `Checkout`. */
  place(buyerId: string, request: PlaceOrdersRequest): Promise<PlaceOrdersResult> {
    return this.checkout.place(buyerId, request);
  }

  /** A checkout the router already parsed with `PlaceOrdersRequestSchema`. */
  placeParsed(buyerId: string, request: ParsedPlaceOrdersRequest): Promise<PlaceOrdersResult> {
    return this.checkout.placeParsed(buyerId, request);
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
    // A release always fits; a heavier packed weight may not.
    await takeStock(repos, step.stockChanges, this.deps.clock.now(), (listingId) =>
      before.lines.findIndex((l) => l.listingId === listingId),
    );
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
  async act(actor: Actor, orderId: string, action: OrderAction, sent: SentLater = {}): Promise<OrderView> {
    return inTransaction(this.deps.db, async (repos) => {
      const order = await loadOrder(repos, orderId);
      if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
      if (await this.repeated(repos, order, sent)) return toOrderView(order);
      const step = this.decide(order, actor, action);
      await this.commitStep(repos, order, keyed(step, sent), actor, action.type);
      return toOrderView(await loadOrder(repos, orderId));
    });
  }

  /**
   * A step sent later from a phone (offline): a repeat of one already applied (same key) applies nothing; one made
   * against an older version of the order is refused with what happened (the domain's `checkMadeAgainst`).
   */
  private async repeated(repos: Repositories, order: StoredOrder, sent: SentLater): Promise<boolean> {
    if (sent.idempotencyKey !== undefined) {
      if (alreadyApplied(await repos.orders.events(order.id), sent.idempotencyKey)) return true;
    }
    checkMadeAgainst(order, sent.expectedVersion);
    return false;
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
      const order = await loadOrder(repos, orderId);
      if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
      const accepted = (await shopPaymentMethods(repos, [order.shopId])).get(order.shopId) ?? [];
      const step = changePaymentMethod(order, method, accepted, actor, this.deps.clock.now());
      await this.commitStep(repos, order, step, actor, 'change_payment_method');
      return toOrderView(await loadOrder(repos, orderId));
    });
  }

  /** The packed weight of a weighed line; stock follows the difference. */
  async adjustWeight(
    actor: Actor,
    orderId: string,
    adjustment: WeightAdjustment,
    sent: SentLater = {},
  ): Promise<OrderView> {
    return inTransaction(this.deps.db, async (repos) => {
      const order = await loadOrder(repos, orderId);
      if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
      if (await this.repeated(repos, order, sent)) return toOrderView(order);
      const line = order.lines[adjustment.lineIndex];
      const stockLeft = line ? ((await repos.listingStock.stockOf(line.listingId)) ?? 0) : 0;
      const step = adjustLineWeight(order, adjustment, actor, this.deps.clock.now(), stockLeft);
      await this.commitStep(repos, order, keyed(step, sent), actor, 'adjust_weight', true);
      return toOrderView(await loadOrder(repos, orderId));
    });
  }

  get(
    actor: Actor,
    orderId: string,
  ): Promise<{ order: OrderView; events: OrderEventView[]; actions: OrderActionType[] }> {
    return this.views.get(actor, orderId);
  }

  mine(buyerId: string, page: PageRequest): Promise<Page<OrderView>> {
    return this.views.mine(buyerId, page);
  }

  inbox(
    shopId: string,
    page: PageRequest,
  ): Promise<{ orders: InboxOrderView[]; nextCursor: string | null; version: string }> {
    return this.views.inbox(shopId, page);
  }

  inboxVersion(shopId: string): Promise<string> {
    return this.views.inboxVersion(shopId);
  }
}
