import { DomainError } from './errors.ts';
import type { ListingStatus } from './listing-shape.ts';
import { type Order, type OrderStatus, orderReference } from './order.ts';
import { ORDER_TRANSITIONS, type OrderActionType } from './order-state.ts';

/*
 * Steps a seller makes on the phone without a signal (confirm, hand over, weigh, deliver, cancel) and sends later:
 * each carries the key it was made with and the version of the order it was made against. Sent twice, it is applied
 * once; sent after the order changed (the buyer cancelled meanwhile), it is refused with what happened instead.
 */

/** The order event detail that keeps the key a step was sent with. */
export const REQUEST_KEY_DETAIL = 'requestKey';

/**
 * Whether a step sent with `key` is already in the history (a repeat: answer, apply nothing): an order's events,
 * or a listing's audit entries (a listing paused or restocked from the phone keeps its key there).
 */
export function alreadyApplied(
  events: readonly { readonly details: Readonly<Record<string, unknown>> }[],
  key: string,
): boolean {
  return events.some((event) => event.details[REQUEST_KEY_DETAIL] === key);
}

/**
 * Refuses a step made against an older version of the order: `order.cancelled_meanwhile` when it has been
 * cancelled or expired since (nothing to do any more), else `order.changed_meanwhile`. No version: nothing to check.
 */
export function checkMadeAgainst(
  order: Pick<Order, 'id' | 'status'> & { readonly version: number },
  expectedVersion: number | undefined,
): void {
  if (expectedVersion === undefined || order.version === expectedVersion) return;
  const params = { reference: orderReference(order) };
  if (order.status === 'cancelled')
    throw new DomainError('order.cancelled_meanwhile', params, ['expectedVersion']);
  throw new DomainError('order.changed_meanwhile', params, ['expectedVersion']);
}

/**
 * Refuses a listing step (pause, resume, sold out) made on the phone against a listing that has changed since:
 * `listing.changed_meanwhile`, naming it, so the seller looks again instead of undoing a change made elsewhere.
 * `expectedStatus` is the status the seller saw (after the steps waiting before it): a status step conflicts only
 * with another status change, not with buyers' orders moving the stock (which also bump the version).
 * `expectedVersion` refuses any change since. Neither given: nothing to check.
 */
export function checkListingMadeAgainst(
  listing: { readonly title: string; readonly version: number; readonly effectiveStatus: ListingStatus },
  made: {
    readonly expectedVersion?: number | undefined;
    readonly expectedStatus?: ListingStatus | undefined;
  },
): void {
  const versionMoved = made.expectedVersion !== undefined && listing.version !== made.expectedVersion;
  const statusMoved = made.expectedStatus !== undefined && listing.effectiveStatus !== made.expectedStatus;
  if (!versionMoved && !statusMoved) return;
  const path = versionMoved ? 'expectedVersion' : 'expectedStatus';
  throw new DomainError('listing.changed_meanwhile', { title: listing.title }, [path]);
}

/**
 * The status an order will have once the steps waiting on the phone are applied, in order (as ORDER_TRANSITIONS
 * has them): what the seller sees, and which next step to offer, while they wait to be sent. A step that would not
 * apply leaves the status as it is (the server will refuse it and say why).
 */
export function statusAfterWaiting(
  order: { readonly status: OrderStatus; readonly payment: { readonly status: Order['payment']['status'] } },
  waiting: readonly OrderActionType[],
): OrderStatus {
  let status = order.status;
  const paid = order.payment.status === 'paid';
  for (const action of waiting) {
    const rows = ORDER_TRANSITIONS.filter((t) => t.from === status && t.action === action);
    const row = rows.find((t) => t.when === undefined || t.when === (paid ? 'paid' : 'unpaid'));
    if (row) status = row.to;
  }
  return status;
}
