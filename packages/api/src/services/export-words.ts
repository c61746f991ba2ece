import type { OrderStatus, PaymentMethod } from '@nongsan/domain';

/**
 * What the spreadsheet exports say: their column headers and the words in their cells, in Vietnamese (a
 * spreadsheet has one header row; the officials and households read Vietnamese). Amounts are whole đồng in plain
 * integer columns, grams and pieces too, so Excel can sum them whatever its number format: the headers say the unit.
 */
export const ORDER_EXPORT_HEADER = [
  'Tháng',
  'Ngày đặt',
  'Mã đơn',
  'Trạng thái',
  'Hình thức thanh toán',
  'Tiền hàng (đồng)',
  'Phí giao hàng (đồng)',
  'Tổng cộng (đồng)',
  'Đã nhận (đồng)',
  'Ngày nhận tiền',
] as const;

export const COMMUNE_EXPORT_HEADER = [
  'Xã',
  'Thôn',
  'Tháng',
  'Số hộ',
  'Số hộ có gian hàng',
  'Tỷ lệ có gian hàng (%)',
  'Mục tiêu (%)',
  'Đơn hàng đã bán',
  'Khối lượng (gam)',
  'Số cái',
  'Tiền hàng (đồng)',
] as const;

export const ORDER_STATUS_WORDS: Readonly<Record<OrderStatus, string>> = {
  placed: 'Chờ xác nhận',
  confirmed: 'Đã xác nhận',
  handed_over: 'Đã giao bưu điện',
  delivered: 'Đã giao hàng',
  completed: 'Hoàn tất',
  cancelled: 'Đã hủy',
  delivery_failed: 'Giao không thành công',
};

export const PAYMENT_METHOD_WORDS: Readonly<Record<PaymentMethod, string>> = {
  cash_on_delivery: 'Thu tiền khi giao (COD)',
  e_wallet: 'Ví điện tử',
  bank_transfer: 'Chuyển khoản ngân hàng',
};
