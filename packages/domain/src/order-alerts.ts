import { formatVnd, type Vnd } from './money-format.ts';
import { type Order, type OrderEventKind, type OrderStatus, orderReference } from './order.ts';

/*
 * The push alerts a household (and the helper who looks after it) gets about its orders: which moments deserve one,
 * what it says in Vietnamese, and which screen it opens. The server only finds the moments and delivers the words.
 */

/** What an alert is about: a new order, the buyer's cancellation, or half of the 24 hours to confirm gone. */
export type OrderAlertKind = 'new_order' | 'buyer_cancelled' | 'confirm_soon';

/** The alert "12 hours left to confirm" goes out once this little time is left before the order would be cancelled. */
export const CONFIRM_REMINDER_HOURS = 12;

/** Which alert an order event calls for: a placed order, or one the buyer cancelled (not the seller, not the clock). */
export function alertForEvent(event: {
  readonly kind: OrderEventKind | string;
  readonly actorKind: string;
}): OrderAlertKind | null {
  if (event.kind === 'placed') return 'new_order';
  if (event.kind === 'cancelled' && event.actorKind === 'buyer') return 'buyer_cancelled';
  return null;
}

/** Whether an order, now, is waiting for the household with at most 12 hours left to confirm it (and some left). */
export function needsConfirmReminder(
  order: { readonly status: OrderStatus | string; readonly confirmBy: Date },
  now: Date,
): boolean {
  const left = order.confirmBy.getTime() - now.getTime();
  return order.status === 'placed' && left > 0 && left <= CONFIRM_REMINDER_HOURS * 3_600_000;
}

/** A notification as the phone shows it: title, text, the screen it opens (under the seller app), and its tag. */
export interface OrderAlert {
  readonly kind: OrderAlertKind;
  readonly orderId: string;
  readonly title: string;
  readonly body: string;
  /** The seller app's path of the order, for the household or, under its page, for its helper. */
  readonly path: string;
  /** One notification per order: a later alert about it replaces the earlier one. */
  readonly tag: string;
}

/** Where the order opens: the household's own screen, or the household's page in the helper's app. */
export function orderAlertPath(orderId: string, helperOf: string | null): string {
  const order = `/orders/${encodeURIComponent(orderId)}`;
  return helperOf === null ? order : `/households/${encodeURIComponent(helperOf)}${order}`;
}

/**
 * The alert's words, Vietnamese (the households' language): the order's reference, its total, and for a helper the
 * shop it is for.
 */
export function orderAlert(
  kind: OrderAlertKind,
  order: Pick<Order, 'id'> & { readonly total: Vnd; readonly shopName: string },
  recipient: { readonly helperOf: string | null },
): OrderAlert {
  const reference = orderReference(order);
  const forShop = recipient.helperOf === null ? '' : ` (${order.shopName})`;
  const words: Record<OrderAlertKind, { title: string; body: string }> = {
    new_order: {
      title: `Đơn hàng mới ${reference}${forShop}`,
      body: `${formatVnd(order.total)}. Hãy xác nhận trong vòng 24 giờ, nếu không đơn sẽ tự hủy.`,
    },
    buyer_cancelled: {
      title: `Người mua đã hủy đơn ${reference}${forShop}`,
      body: 'Không cần gửi hàng cho đơn này nữa.',
    },
    confirm_soon: {
      title: `Còn ${CONFIRM_REMINDER_HOURS} giờ để xác nhận đơn ${reference}${forShop}`,
      body: `${formatVnd(order.total)}. Quá hạn, đơn sẽ tự hủy và hàng trở lại gian hàng.`,
    },
  };
  return {
    kind,
    orderId: order.id,
    ...words[kind],
    path: orderAlertPath(order.id, recipient.helperOf),
    tag: `order:${order.id}`,
  };
}
