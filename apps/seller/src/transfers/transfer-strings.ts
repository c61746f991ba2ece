import type { Message, TransferOutcome } from '@nongsan/domain';

/** Interface words of transfers confirmed by the bank: linking an account, the transfers to settle. Vietnamese first. */
export const sellerTransferStrings = {
  'transfers.title': { vi: 'Chuyển khoản cần xử lý', en: 'Transfers to settle' },
  'transfers.intro': {
    vi: 'Ngân hàng báo các khoản tiền này nhưng không khớp đúng một đơn hàng. Hãy kiểm tra, trả lại hoặc ghi nhận bằng tay.',
    en: 'The bank reported this money but it does not pay one order exactly. Check it, pay it back or record it by hand.',
  },
  'transfers.amount': { vi: 'Số tiền: {amount}', en: 'Amount: {amount}' },
  'transfers.expected': { vi: 'Đơn {reference} cần: {amount}', en: 'Order {reference} owes: {amount}' },
  'transfers.content': { vi: 'Nội dung: {content}', en: 'Purpose: {content}' },
  'transfers.note': { vi: 'Ghi chú (không bắt buộc)', en: 'Note (optional)' },
  'transfers.settle': { vi: 'Đã xử lý xong', en: 'Settled' },
  'transfers.outcome.paid': { vi: 'Đã tự ghi nhận thanh toán', en: 'Paid its order' },
  'transfers.outcome.unmatched': {
    vi: 'Không tìm thấy đơn hàng theo nội dung',
    en: 'No order named in the purpose',
  },
  'transfers.outcome.underpaid': { vi: 'Chuyển thiếu', en: 'Paid too little' },
  'transfers.outcome.overpaid': { vi: 'Chuyển thừa', en: 'Paid too much' },
  'transfers.outcome.already_paid': { vi: 'Đơn đã thanh toán trước đó', en: 'The order was paid already' },
  'transfers.outcome.order_closed': { vi: 'Đơn đã hủy hoặc giao không thành', en: 'The order is closed' },
  'transfers.outcome.not_bank_transfer': {
    vi: 'Đơn chọn cách trả tiền khác',
    en: 'The order is paid another way',
  },
  'transfers.feed': {
    vi: 'Ngân hàng tự báo tiền vào (SePay)',
    en: 'The bank reports payments by itself (SePay)',
  },
  'transfers.feedOn': {
    vi: 'Đã liên kết: đơn chuyển khoản đúng số tiền tự ghi nhận đã thanh toán.',
    en: 'Linked: a transfer paying an order exactly marks it paid by itself.',
  },
  'transfers.feedOff': {
    vi: 'Chưa liên kết: bấm “Đã nhận tiền” khi thấy tiền về.',
    en: 'Not linked: press “received” when the money arrives.',
  },
} as const satisfies Record<string, Message>;

/** The key of an outcome's words. */
export function outcomeKey(outcome: TransferOutcome) {
  return `transfers.outcome.${outcome}` as const;
}
