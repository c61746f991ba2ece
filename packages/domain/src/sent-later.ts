import { DomainError } from './errors.ts';
import { type Order, type OrderEvent, orderReference } from './order.ts';

/*
 * Steps a seller makes on the phone without a signal (confirm, hand over, weigh, deliver, cancel) and sends later:
 * each carries the key it was made with and the version of the order it was made against. Sent twice, it is applied
 * once; sent after the order changed (the buyer cancelled meanwhile), it is refused with what happened instead.
 */

/** The order event detail that keeps the key a step was sent with. */
export const REQUEST_KEY_DETAIL = 'requestKey';

/** Whether a step sent with `key` is already in the order's history (a repeat: answer, apply nothing). */
export function alreadyApplied(events: readonly Pick<OrderEvent, 'details'>[], key: string): boolean {
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
