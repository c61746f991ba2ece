import type { Message } from '@nongsan/domain';

/** Interface words of the seller's order page: what happened to an order, when and by whom. Vietnamese first. */
export const sellerOrdersStrings = {
  'sellerOrders.details': { vi: 'Chi tiết đơn {reference}', en: 'Order {reference} in detail' },
  'sellerOrders.timeline': { vi: 'Diễn biến đơn hàng', en: 'What happened' },
  'sellerOrders.event.placed': { vi: 'Người mua đặt hàng', en: 'Order placed' },
  'sellerOrders.event.confirmed': { vi: 'Đã xác nhận đơn', en: 'Order confirmed' },
  'sellerOrders.event.weight_adjusted': {
    vi: 'Cân lại: {from} → {to}, tổng mới {total}',
    en: 'Weighed: {from} → {to}, new total {total}',
  },
  'sellerOrders.event.handed_over': {
    vi: 'Giao bưu điện, mã vận đơn {code}',
    en: 'Handed to the post, {code}',
  },
  'sellerOrders.event.delivered': { vi: 'Đã giao tới người mua', en: 'Delivered to the buyer' },
  'sellerOrders.event.delivery_failed': { vi: 'Giao không thành công', en: 'Delivery failed' },
  'sellerOrders.event.cancelled': { vi: 'Đơn bị hủy', en: 'Order cancelled' },
  'sellerOrders.event.expired': {
    vi: 'Tự hủy vì quá 24 giờ chưa xác nhận',
    en: 'Cancelled: not confirmed within 24 hours',
  },
  'sellerOrders.event.payment_recorded': { vi: 'Đã nhận tiền {amount}', en: 'Payment of {amount} received' },
  'sellerOrders.reason': { vi: 'Lý do: {reason}', en: 'Reason: {reason}' },
  'sellerOrders.actor.buyer': { vi: 'người mua', en: 'the buyer' },
  'sellerOrders.actor.seller': { vi: 'hộ bán', en: 'the household' },
  'sellerOrders.actor.helper': { vi: 'tổ công nghệ', en: 'the tech team' },
  'sellerOrders.actor.system': { vi: 'hệ thống', en: 'the system' },
  'sellerOrders.notInInbox': {
    vi: 'Đơn này không còn trong hộp đơn (quá cũ).',
    en: 'This order is no longer in the inbox (too old).',
  },
} as const satisfies Record<string, Message>;
