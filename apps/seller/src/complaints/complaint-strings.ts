import type { Message } from '@nongsan/domain';

/** Words of complaints on the seller's side: the inbox list, answering one, paying a refund back. Vietnamese first. */
export const sellerComplaintStrings = {
  'sellerComplaints.inbox': { vi: 'Khiếu nại cần xử lý ({count})', en: 'Complaints to settle ({count})' },
  'sellerComplaints.escalated': {
    vi: 'Khiếu nại quá 48 giờ ({count})',
    en: 'Complaints past 48 hours ({count})',
  },
  'sellerComplaints.escalatedNone': {
    vi: 'Không có khiếu nại nào quá hạn ở thôn.',
    en: 'No complaint in the village is overdue.',
  },
  'sellerComplaints.escalatedHint': {
    vi: 'Hộ bán chưa xử lý trong 48 giờ. Hãy gọi cho hộ hoặc người hỗ trợ hộ.',
    en: 'The household has not settled these in 48 hours. Call the household or its helper.',
  },
  'sellerComplaints.card': {
    vi: 'Đơn {reference} · {buyer}',
    en: 'Order {reference} · {buyer}',
  },
  'sellerComplaints.cardFor': {
    vi: 'Đơn {reference} của {household} · {buyer}',
    en: 'Order {reference} of {household} · {buyer}',
  },
  'sellerComplaints.badge': { vi: 'Khiếu nại', en: 'Complaint' },
  'sellerComplaints.kind.damaged': { vi: 'Hàng bị dập, hỏng', en: 'Damaged or spoilt' },
  'sellerComplaints.kind.short_weight': { vi: 'Thiếu cân', en: 'Short weight' },
  'sellerComplaints.kind.wrong_product': { vi: 'Giao nhầm hàng', en: 'Wrong product' },
  'sellerComplaints.status.open': { vi: 'Chờ bạn trả lời', en: 'Waiting for your answer' },
  'sellerComplaints.status.refund_due': { vi: 'Chờ hoàn {amount}', en: 'Refund of {amount} to pay' },
  'sellerComplaints.status.refunded': { vi: 'Đã hoàn {amount}', en: 'Refunded {amount}' },
  'sellerComplaints.status.declined': { vi: 'Đã từ chối', en: 'Declined' },
  'sellerComplaints.title': { vi: 'Người mua báo vấn đề', en: 'The buyer reported a problem' },
  'sellerComplaints.filed': { vi: 'Gửi lúc {time}', en: 'Sent {time}' },
  'sellerComplaints.due': {
    vi: 'Hãy trả lời trước {time}, sau đó tổ công nghệ của thôn sẽ xem.',
    en: 'Answer before {time}; after that the village tech team looks at it.',
  },
  'sellerComplaints.escalatedNote': {
    vi: 'Đã quá 48 giờ: tổ công nghệ của thôn đang xem khiếu nại này.',
    en: 'Past 48 hours: the village tech team is looking at this complaint.',
  },
  'sellerComplaints.photo': { vi: 'Ảnh người mua chụp {n}', en: "The buyer's photo {n}" },
  'sellerComplaints.refund': { vi: 'Đồng ý, hoàn tiền', en: 'Accept and refund' },
  'sellerComplaints.amount': { vi: 'Số tiền hoàn (đồng)', en: 'Refund (đồng)' },
  'sellerComplaints.amountHint': {
    vi: 'Tối đa {max}: {what}.',
    en: 'At most {max}: {what}.',
  },
  'sellerComplaints.limit.goods': { vi: 'tiền hàng người mua đã trả', en: 'the goods the buyer paid for' },
  'sellerComplaints.limit.all': {
    vi: 'tiền hàng và phí giao (giao nhầm)',
    en: 'the goods and the delivery fee (wrong product)',
  },
  'sellerComplaints.refundSend': { vi: 'Hoàn {amount}', en: 'Refund {amount}' },
  'sellerComplaints.decline': { vi: 'Không đồng ý', en: 'Decline' },
  'sellerComplaints.reason': { vi: 'Lý do (người mua sẽ đọc)', en: 'Why (the buyer reads it)' },
  'sellerComplaints.declineSend': { vi: 'Gửi lý do', en: 'Send the reason' },
  'sellerComplaints.back': { vi: 'Quay lại', en: 'Back' },
  'sellerComplaints.payTitle': { vi: 'Chuyển tiền hoàn cho người mua', en: 'Pay the refund to the buyer' },
  'sellerComplaints.payHint': {
    vi: 'Mở ứng dụng ngân hàng, quét mã này, rồi bấm “Đã chuyển tiền hoàn”.',
    en: 'Open your banking app, scan this code, then tap “Refund sent”.',
  },
  'sellerComplaints.qrAlt': {
    vi: 'Mã VietQR hoàn {amount} cho người mua',
    en: 'VietQR code refunding {amount} to the buyer',
  },
  'sellerComplaints.payTo': {
    vi: '{amount} tới {bank} {account} ({holder}), nội dung {purpose}',
    en: '{amount} to {bank} {account} ({holder}), purpose {purpose}',
  },
  'sellerComplaints.cashTitle': {
    vi: 'Trả lại người mua {amount} tiền mặt',
    en: 'Hand {amount} back to the buyer in cash',
  },
  'sellerComplaints.paidTransfer': { vi: 'Đã chuyển tiền hoàn', en: 'Refund sent' },
  'sellerComplaints.paidCash': { vi: 'Đã trả tiền mặt', en: 'Cash handed back' },
  'sellerComplaints.refundedAt': { vi: 'Đã hoàn {amount} lúc {time}', en: 'Refunded {amount} at {time}' },
  'sellerComplaints.declinedWith': { vi: 'Bạn đã từ chối: {reason}', en: 'You declined: {reason}' },
  'sellerOrders.event.complaint_filed': { vi: 'Người mua báo vấn đề', en: 'The buyer reported a problem' },
  'sellerOrders.event.complaint_accepted': {
    vi: 'Đồng ý hoàn {amount}',
    en: 'Accepted a refund of {amount}',
  },
  'sellerOrders.event.complaint_declined': { vi: 'Từ chối khiếu nại', en: 'Declined the complaint' },
  'sellerOrders.event.complaint_escalated': {
    vi: 'Quá 48 giờ, chuyển tổ công nghệ',
    en: 'Past 48 hours: to the tech team',
  },
  'sellerOrders.event.refund_paid': { vi: 'Đã hoàn tiền {amount}', en: 'Refund of {amount} paid' },
} as const satisfies Record<string, Message>;
