import type { MessageTable } from './table.ts';

/** Complaints about a delivered order and the refunds they lead to. */
export const complaintsMessages = {
  'complaint.forbidden': {
    vi: 'Bạn không thể báo vấn đề hoặc xử lý khiếu nại của đơn hàng này.',
    en: 'You may not report a problem with this order or handle its complaint.',
  },
  'complaint.not_found': {
    vi: 'Không tìm thấy khiếu nại này.',
    en: 'This complaint was not found.',
  },
  'complaint.not_delivered': {
    vi: 'Chỉ báo vấn đề được với đơn đã giao tới bạn.',
    en: 'Only an order delivered to you can have a problem reported.',
  },
  'complaint.too_late': {
    vi: 'Đã quá {hours} giờ kể từ khi nhận hàng, không thể báo vấn đề nữa.',
    en: 'More than {hours} hours have passed since delivery: a problem can no longer be reported.',
  },
  'complaint.already_filed': {
    vi: 'Đơn này đã có một khiếu nại. Mỗi đơn chỉ báo vấn đề một lần.',
    en: 'This order has a complaint already. A problem is reported once per order.',
  },
  'complaint.photo_required': {
    vi: 'Hãy chụp ít nhất một ảnh hàng bị dập hỏng hoặc giao nhầm.',
    en: 'Add at least one photo of the damaged or wrong product.',
  },
  'complaint.photo_invalid': {
    vi: 'Ảnh đính kèm không hợp lệ. Vui lòng tải ảnh lên lại.',
    en: 'The photo is not valid. Please upload it again.',
  },
  'complaint.note_required': {
    vi: 'Hãy ghi bạn cân được bao nhiêu (ví dụ: cân được 2,6 kg, đơn ghi 3 kg).',
    en: 'Write what you weighed (for example: weighed 2.6 kg, the order says 3 kg).',
  },
  'complaint.refund_account_required': {
    vi: 'Hãy cho biết tài khoản ngân hàng để hộ bán chuyển tiền hoàn lại.',
    en: 'Give a bank account for the household to send the refund to.',
  },
  'complaint.already_answered': {
    vi: 'Khiếu nại này đã được trả lời rồi.',
    en: 'This complaint has been answered already.',
  },
  'complaint.nothing_paid': {
    vi: 'Người mua chưa trả tiền đơn này nên không có gì để hoàn lại.',
    en: 'The buyer has not paid this order, so there is nothing to refund.',
  },
  'complaint.refund_too_much': {
    vi: 'Số tiền hoàn tối đa là {max}\u00a0₫.',
    en: 'The refund can be at most {max}\u00a0₫.',
  },
  'complaint.no_refund_due': {
    vi: 'Khiếu nại này không có khoản hoàn tiền nào đang chờ trả.',
    en: 'This complaint has no refund waiting to be paid.',
  },
  'complaint.no_transfer_refund': {
    vi: 'Khoản hoàn này trả bằng tiền mặt, không có mã VietQR.',
    en: 'This refund is paid in cash: it has no VietQR code.',
  },
} as const satisfies MessageTable;
