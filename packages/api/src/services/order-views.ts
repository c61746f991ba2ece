import {
  type Actor,
  type Address,
  availableOrderActions,
  DomainError,
  mayViewOrder,
  type OrderActionType,
  orderReference,
} from '@nongsan/domain';
import type { KeyPosition } from '../repositories/keyset.ts';
import type { StoredOrder, StoredOrderEvent } from '../repositories/order-repository.ts';
import { type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';
import { type Page, type PageRequest, pageOf, positionOf } from './page-cursor.ts';

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

/**
 * How many orders await confirmation in an inbox at most: they are the shop's last 24 hours (an order not confirmed
 * by then is cancelled), all shown on the inbox's first page.
 */
const WAITING_LIMIT = 200;

/** An order's place in a list newest first: when it was placed, then its id. */
const orderPosition = (order: StoredOrder): KeyPosition => [order.placedAt.toISOString(), order.id];

/** An order the viewer may see, or `order.not_found` (also when it exists but is not theirs to see). */
export async function loadOrder(repos: Repositories, orderId: string): Promise<StoredOrder> {
  const order = await repos.orders.findById(orderId);
  if (!order) throw new DomainError('order.not_found', { orderId }, ['orderId']);
  return order;
}

/** What the apps read of orders: one order with its history, a buyer's orders, a shop's inbox. */
export class OrderViews {
  constructor(private readonly deps: ServiceDeps) {}

  /** One order with its history and the steps the viewer could take now. */
  async get(
    actor: Actor,
    orderId: string,
  ): Promise<{ order: OrderView; events: OrderEventView[]; actions: OrderActionType[] }> {
    const repos = repositoriesFor(this.deps.db);
    const order = await loadOrder(repos, orderId);
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

  /** A page of a buyer's orders, newest first. */
  async mine(buyerId: string, page: PageRequest): Promise<Page<OrderView>> {
    const after = positionOf(page);
    const orders = await repositoriesFor(this.deps.db).orders.list({ buyerId, after, limit: page.limit + 1 });
    return pageOf(orders, page.limit, orderPosition, toOrderView);
  }

  /**
   * A shop's orders for its inbox: on the first page those awaiting confirmation, the nearest deadline first, then
   * a page of the rest newest first; later pages (`cursor`) only the rest. `version` changes whenever an order of
   * the shop is placed or changes (see `inboxVersion`).
   */
  async inbox(
    shopId: string,
    page: PageRequest,
  ): Promise<{ orders: InboxOrderView[]; nextCursor: string | null; version: string }> {
    const after = positionOf(page);
    const repos = repositoriesFor(this.deps.db);
    const [waiting, rest] = await Promise.all([
      after === undefined
        ? repos.orders.list({ shopId, statuses: ['placed'], limit: WAITING_LIMIT })
        : Promise.resolve([]),
      repos.orders.list({ shopId, exceptStatus: 'placed', after, limit: page.limit + 1 }),
    ]);
    const { items, nextCursor } = pageOf(rest, page.limit, orderPosition, (o) => o);
    const orders = [...[...waiting].sort((a, b) => a.confirmBy.getTime() - b.confirmBy.getTime()), ...items];
    const contacts = await repos.users.contacts(orders.map((o) => o.buyerId));
    return {
      orders: orders.map((o) => ({
        ...toOrderView(o),
        buyer: contacts.get(o.buyerId) ?? { name: '', phone: '' },
      })),
      nextCursor,
      version: await this.inboxVersion(shopId),
    };
  }

  /** A short text that changes whenever the shop's orders change: the app polls it every few seconds. */
  async inboxVersion(shopId: string): Promise<string> {
    const { latest, total, waiting, steps } = await repositoriesFor(this.deps.db).orders.inboxVersion(shopId);
    return `${latest ?? '-'}|${total}|${waiting}|${steps}`;
  }
}
