import type { MessageTable } from './table.ts';

/** The cart, placing orders, the order's steps, stock and weight adjustment. */
export const ordersMessages = {
  'cart.duplicate_line': {
    vi: 'Sản phẩm này đã có trong giỏ hàng.',
    en: 'This product is already in the cart.',
  },
  'cart.too_many_lines': {
    vi: 'Giỏ hàng có tối đa {maximum} sản phẩm. Vui lòng đặt hàng những sản phẩm đang có rồi thêm sản phẩm khác.',
    en: 'A cart holds at most {maximum} products. Please order the ones in it first, then add others.',
  },
  'order.listing_not_found': {
    vi: 'Sản phẩm này không còn trên sàn.',
    en: 'This product is no longer on the marketplace.',
  },
  'order.below_minimum': {
    vi: '“{title}” cần đặt tối thiểu {minimum} {unit}.',
    en: 'The minimum order for “{title}” is {minimum} {unit}.',
  },
  'order.over_buyer_cap': {
    vi: 'Mỗi người mua được tối đa {cap} {unit} “{title}”; bạn còn có thể đặt {remaining} {unit}.',
    en: 'Each buyer may have at most {cap} {unit} of “{title}”; you can still order {remaining} {unit}.',
  },
  'order.not_enough_stock': {
    vi: '“{title}” chỉ còn {available} {unit}.',
    en: 'Only {available} {unit} of “{title}” left.',
  },
  'order.forbidden': {
    vi: 'Bạn không có quyền thực hiện thao tác này với đơn hàng.',
    en: 'You may not do this to this order.',
  },
  'order.illegal_transition': {
    vi: 'Đơn hàng đang ở trạng thái không cho phép thao tác này.',
    en: 'The order’s current status does not allow this.',
  },
  'order.reason_required': {
    vi: 'Vui lòng cho người mua biết lý do hủy đơn.',
    en: 'Please tell the buyer why the order is cancelled.',
  },
  'order.not_expired_yet': {
    vi: 'Đơn hàng vẫn còn trong thời hạn chờ người bán xác nhận.',
    en: 'The seller still has time to confirm this order.',
  },
  'order.tracking_code_invalid': {
    vi: 'Mã vận đơn không hợp lệ (6–30 chữ hoặc số).',
    en: 'This tracking code is not valid (6–30 letters or digits).',
  },
  'order.adjust_too_late': {
    vi: 'Chỉ điều chỉnh cân nặng được trước khi giao hàng cho bưu điện.',
    en: 'Weights can only be adjusted before the parcel is handed to the post.',
  },
  'order.line_not_found': {
    vi: 'Không tìm thấy sản phẩm này trong đơn hàng.',
    en: 'This order has no such line.',
  },
  'order.not_weighed': {
    vi: '“{title}” bán theo cái, không điều chỉnh cân nặng được.',
    en: '“{title}” is sold by the piece; its weight cannot be adjusted.',
  },
  'order.adjust_out_of_range': {
    vi: 'Cân nặng thực tế của “{title}” chỉ được lệch tối đa {percent}% so với đơn đặt: từ {min} đến {max} {unit}.',
    en: 'The packed weight of “{title}” may differ from the order by at most {percent}%: {min} to {max} {unit}.',
  },
  'order.idempotency_conflict': {
    vi: 'Yêu cầu đặt hàng này đã được gửi trước đó với nội dung khác. Vui lòng tải lại trang rồi đặt lại.',
    en: 'This order request was already sent with different contents. Please reload the page and order again.',
  },
  'order.not_found': {
    vi: 'Không tìm thấy đơn hàng này.',
    en: 'This order was not found.',
  },
  'order.cancelled_meanwhile': {
    vi: 'Đơn {reference} đã bị hủy trong lúc chờ gửi (người mua hủy hoặc quá hạn xác nhận). Thao tác của bạn không được áp dụng; không cần làm gì thêm.',
    en: 'Order {reference} was cancelled while this was waiting to be sent (by the buyer, or past the confirmation deadline). Your step was not applied; nothing more to do.',
  },
  'order.changed_meanwhile': {
    vi: 'Đơn {reference} đã thay đổi trong lúc chờ gửi. Thao tác của bạn không được áp dụng; hãy xem lại đơn rồi làm lại nếu cần.',
    en: 'Order {reference} changed while this was waiting to be sent. Your step was not applied; look at the order again and redo it if needed.',
  },
  'order.stale': {
    vi: 'Đơn hàng vừa được cập nhật ở nơi khác. Vui lòng tải lại rồi thử lại.',
    en: 'The order was just changed elsewhere. Please reload and try again.',
  },
} as const satisfies MessageTable;
