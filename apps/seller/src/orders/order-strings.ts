import type { Message } from '@nongsan/domain';

/** Interface words of the seller's order page: what happened to an order, when and by whom. Vietnamese first. */
export const sellerOrdersStrings = {
  'sellerOrders.details': { vi: 'Chi tiết đơn {reference}', en: 'Order {reference} in detail' },
  'sellerOrders.note': { vi: 'Ghi chú của người mua', en: "Buyer's note" },
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
  'sellerOrders.event.paid_by_bank': {
    vi: 'Ngân hàng báo đã nhận {amount} (chuyển khoản)',
    en: 'The bank reported {amount} received (transfer)',
  },
  'sellerOrders.reason': { vi: 'Lý do: {reason}', en: 'Reason: {reason}' },
  'sellerOrders.actor.buyer': { vi: 'người mua', en: 'the buyer' },
  'sellerOrders.actor.seller': { vi: 'hộ bán', en: 'the household' },
  'sellerOrders.actor.helper': { vi: 'tổ công nghệ', en: 'the tech team' },
  'sellerOrders.actor.system': { vi: 'hệ thống', en: 'the system' },
  'sellerOrders.notInInbox': {
    vi: 'Đơn này không còn trong hộp đơn (quá cũ).',
    en: 'This order is no longer in the inbox (too old).',
  },
  'sellerOrders.reasonChoice': { vi: 'Lý do chính', en: 'Main reason' },
  'sellerOrders.reasonMore': { vi: 'Ghi thêm (nếu cần)', en: 'More words (if needed)' },
  'sellerOrders.reason.outOfStock': { vi: 'Hết hàng', en: 'Sold out' },
  'sellerOrders.reason.notRipe': {
    vi: 'Quả chưa đạt, chưa thu hoạch được',
    en: 'Not ripe, cannot harvest yet',
  },
  'sellerOrders.reason.cannotDeliver': {
    vi: 'Không giao được tới địa chỉ này',
    en: 'Cannot deliver to this address',
  },
  'sellerOrders.reason.unreachable': { vi: 'Không liên lạc được người mua', en: 'Could not reach the buyer' },
  'sellerOrders.reason.refused': { vi: 'Người mua không nhận hàng', en: 'The buyer refused the parcel' },
  'sellerOrders.reason.wrongAddress': { vi: 'Sai địa chỉ', en: 'Wrong address' },
  'sellerOrders.reason.other': { vi: 'Lý do khác', en: 'Another reason' },
  'sellerOrders.rejectSure': {
    vi: 'Từ chối đơn này? Người mua sẽ đọc lý do. Không thể hoàn tác.',
    en: 'Reject this order? The buyer will read the reason. This cannot be undone.',
  },
  'sellerOrders.failedSure': {
    vi: 'Ghi đơn này là giao không thành công? Không thể hoàn tác.',
    en: 'Record this delivery as failed? This cannot be undone.',
  },
  'sellerOrders.deliveredSure': {
    vi: 'Người mua đã nhận được hàng?',
    en: 'Has the buyer received the parcel?',
  },
  'sellerOrders.deliveredCash': {
    vi: 'Đơn thu tiền khi giao: sẽ ghi là đã thu {total}.',
    en: 'Cash on delivery: {total} will be recorded as received.',
  },
  'sellerOrders.deliveredSend': { vi: 'Chắc chắn, đã giao', en: 'Yes, delivered' },
  'sellerOrders.deliveredSoon': {
    vi: 'Sẽ ghi là đã giao sau {seconds} giây. Bấm “Hoàn tác” nếu nhầm.',
    en: 'Recorded as delivered in {seconds} seconds. Tap “Undo” if this is a mistake.',
  },
  'sellerOrders.undo': { vi: 'Hoàn tác', en: 'Undo' },
  'sellerOrders.failedSend': { vi: 'Ghi giao không thành công', en: 'Record failed delivery' },
  'sellerOrders.sure': { vi: 'Chắc chắn', en: 'Yes, sure' },
  'sellerOrders.notNow': { vi: 'Thôi', en: 'Not now' },
  'sellerOrders.weighRange': {
    vi: 'Được từ {min} đến {max} (±{percent}% so với đơn)',
    en: 'From {min} to {max} (±{percent}% of the order)',
  },
  'sellerOrders.weighNewTotal': { vi: 'Tổng mới: {total}', en: 'New total: {total}' },
  'sellerSales.counts': {
    vi: 'Chỉ tính đơn đã bán: {statuses}. Không tính đơn chờ xác nhận, đã hủy hoặc giao không thành công.',
    en: 'Only orders sold count: {statuses}. Orders to confirm, cancelled or not delivered do not.',
  },
  'sellerSales.title': { vi: 'Doanh số', en: 'Sales' },
  'sellerSales.open': { vi: 'Xem doanh số chi tiết', en: 'Sales in detail' },
  'sellerSales.total': { vi: 'Tổng tiền hàng đã bán', en: 'Goods sold in total' },
  'sellerSales.byMonth': { vi: 'Tiền hàng theo tháng', en: 'Money by month' },
  'sellerSales.byProduct': { vi: 'Tiền hàng theo sản phẩm', en: 'Money by product' },
  'sellerSales.table': { vi: 'Số liệu theo tháng và sản phẩm', en: 'Figures by month and product' },
  'sellerSales.month': { vi: 'Tháng', en: 'Month' },
  'sellerSales.product': { vi: 'Sản phẩm', en: 'Product' },
  'sellerSales.orders': { vi: 'Đơn', en: 'Orders' },
  'sellerSales.quantity': { vi: 'Số lượng', en: 'Quantity' },
  'sellerSales.amount': { vi: 'Tiền', en: 'Amount' },
} as const satisfies Record<string, Message>;
