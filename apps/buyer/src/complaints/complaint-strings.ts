import type { Message } from '@nongsan/domain';

/** Words of the buyer's complaint: reporting a problem with a delivered order and following its refund. */
export const complaintStrings = {
  'buyer.complaint.report': { vi: 'Báo vấn đề', en: 'Report a problem' },
  'buyer.complaint.until': {
    vi: 'Hàng dập, thiếu cân hay giao nhầm? Bạn có thể báo đến {time}.',
    en: 'Damaged, short or wrong? You can report it until {time}.',
  },
  'buyer.complaint.title': { vi: 'Báo vấn đề với đơn hàng', en: 'Report a problem with the order' },
  'buyer.complaint.kind': { vi: 'Vấn đề là gì?', en: 'What is wrong?' },
  'buyer.complaint.kind.damaged': { vi: 'Hàng bị dập, hỏng', en: 'Damaged or spoilt' },
  'buyer.complaint.kind.short_weight': { vi: 'Thiếu cân', en: 'Short weight' },
  'buyer.complaint.kind.wrong_product': { vi: 'Giao nhầm hàng', en: 'Wrong product' },
  'buyer.complaint.photos': { vi: 'Ảnh chụp hàng nhận được', en: 'Photos of what arrived' },
  'buyer.complaint.photosHint': {
    vi: 'Bắt buộc với hàng dập hoặc giao nhầm. Tối đa {max} ảnh.',
    en: 'Needed for damaged or wrong products. At most {max} photos.',
  },
  'buyer.complaint.addPhoto': { vi: 'Chụp hoặc chọn ảnh', en: 'Take or choose a photo' },
  'buyer.complaint.uploading': { vi: 'Đang tải ảnh…', en: 'Uploading the photo…' },
  'buyer.complaint.removePhoto': { vi: 'Bỏ ảnh {n}', en: 'Remove photo {n}' },
  'buyer.complaint.note': { vi: 'Mô tả thêm', en: 'More details' },
  'buyer.complaint.noteHint.short_weight': {
    vi: 'Ghi bạn cân được bao nhiêu, ví dụ: cân được 1,7 kg.',
    en: 'Write what you weighed, for example: 1.7 kg.',
  },
  'buyer.complaint.account': {
    vi: 'Tài khoản nhận tiền hoàn',
    en: 'Account for the refund',
  },
  'buyer.complaint.accountHint': {
    vi: 'Nếu người bán đồng ý hoàn tiền, họ sẽ chuyển khoản vào tài khoản này.',
    en: 'If the seller agrees to refund, they transfer to this account.',
  },
  'buyer.complaint.bank': { vi: 'Ngân hàng', en: 'Bank' },
  'buyer.complaint.chooseBank': { vi: 'Chọn ngân hàng', en: 'Choose a bank' },
  'buyer.complaint.accountNumber': { vi: 'Số tài khoản', en: 'Account number' },
  'buyer.complaint.holderName': { vi: 'Tên chủ tài khoản', en: "Account holder's name" },
  'buyer.complaint.cashRefund': {
    vi: 'Đơn trả tiền mặt: nếu được hoàn, người bán sẽ trả lại bạn tiền mặt.',
    en: 'Paid in cash: a refund is handed back to you in cash.',
  },
  'buyer.complaint.send': { vi: 'Gửi báo vấn đề', en: 'Send the report' },
  'buyer.complaint.cancel': { vi: 'Thôi', en: 'Not now' },
  'buyer.complaint.yours': { vi: 'Vấn đề bạn đã báo', en: 'The problem you reported' },
  'buyer.complaint.filedAt': { vi: 'Gửi lúc {time}', en: 'Sent {time}' },
  'buyer.complaint.state.open': {
    vi: 'Đang chờ người bán trả lời. Quá {time} chưa xong, tổ công nghệ của thôn sẽ giúp.',
    en: 'Waiting for the seller. If not settled by {time}, the village tech team steps in.',
  },
  'buyer.complaint.state.escalated': {
    vi: 'Tổ công nghệ của thôn đang xem khiếu nại này.',
    en: 'The village tech team is looking at this complaint.',
  },
  'buyer.complaint.state.refund_due.bank_transfer': {
    vi: 'Người bán đồng ý hoàn {amount}, chuyển vào {bank} {account}.',
    en: 'The seller agreed to refund {amount} to {bank} {account}.',
  },
  'buyer.complaint.state.refund_due.cash': {
    vi: 'Người bán đồng ý hoàn {amount} bằng tiền mặt.',
    en: 'The seller agreed to refund {amount} in cash.',
  },
  'buyer.complaint.state.refunded': { vi: 'Đã hoàn tiền {amount}', en: 'Refunded {amount}' },
  'buyer.complaint.state.refundedAt': { vi: 'Người bán báo đã trả lúc {time}.', en: 'Paid back {time}.' },
  'buyer.complaint.state.declined': { vi: 'Người bán không đồng ý', en: 'The seller declined' },
  'buyer.complaint.reason': { vi: 'Lý do: {reason}', en: 'Reason: {reason}' },
  'buyer.complaint.photo': { vi: 'Ảnh {n}', en: 'Photo {n}' },
} as const satisfies Record<string, Message>;
