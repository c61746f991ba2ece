import type { MessageTable } from './table.ts';

/** Payments and VietQR codes. */
export const paymentsMessages = {
  'payment.already_paid': {
    vi: 'Đơn hàng này đã được ghi nhận thanh toán.',
    en: 'A payment was already recorded for this order.',
  },
  'payment.nothing_due': {
    vi: 'Đơn hàng {reference} không còn khoản nào cần thanh toán.',
    en: 'Nothing is owed on order {reference}.',
  },
  'vietqr.invalid_bin': {
    vi: 'Mã ngân hàng (BIN) phải gồm đúng 6 chữ số.',
    en: 'A bank BIN has exactly 6 digits.',
  },
  'vietqr.invalid_account': {
    vi: 'Số tài khoản chỉ gồm chữ và số, tối đa 19 ký tự.',
    en: 'An account number has letters and digits only, at most 19 of them.',
  },
  'vietqr.invalid_card': {
    vi: 'Số thẻ chỉ gồm chữ số, tối đa 19 số.',
    en: 'A card number has digits only, at most 19 of them.',
  },
  'vietqr.account_or_card': {
    vi: 'Cần đúng một trong hai: số tài khoản hoặc số thẻ.',
    en: 'Give exactly one of an account number or a card number.',
  },
  'vietqr.unknown_bin': {
    vi: 'Không tìm thấy ngân hàng có mã BIN {bin}; hãy kiểm tra lại, ứng dụng ngân hàng có thể không đọc được mã QR.',
    en: 'No bank on the list has BIN {bin}; please check it, as bank apps may not read the code.',
  },
  'vietqr.purpose_accents_stripped': {
    vi: 'Nội dung chuyển khoản được bỏ dấu tiếng Việt (ứng dụng ngân hàng chỉ nhận chữ không dấu).',
    en: 'The transfer purpose lost its Vietnamese accents (bank apps take plain letters only).',
  },
  'vietqr.purpose_characters_removed': {
    vi: 'Nội dung chuyển khoản được bỏ các ký tự: {characters}.',
    en: 'These characters were removed from the transfer purpose: {characters}.',
  },
  'vietqr.purpose_shortened': {
    vi: 'Nội dung chuyển khoản dài quá {maximum} ký tự nên chỉ còn “{kept}” (bỏ “{dropped}”).',
    en: 'The transfer purpose is longer than {maximum} characters, so only “{kept}” is kept (“{dropped}” is dropped).',
  },
  'vietqr.purpose_emptied': {
    vi: 'Nội dung chuyển khoản không còn chữ hay số nào sau khi bỏ biểu tượng, nên mã QR không có nội dung.',
    en: 'The transfer purpose has no letter or digit left once symbols are removed, so the code carries none.',
  },
  'vietqr.malformed': {
    vi: 'Mã QR không đúng định dạng VietQR.',
    en: 'This QR code is not a well-formed VietQR payload.',
  },
  'vietqr.bad_crc': {
    vi: 'Mã QR bị sai hoặc không đầy đủ (mã kiểm tra không khớp).',
    en: 'This QR code is damaged or incomplete (its checksum does not match).',
  },
  'vietqr.not_vietqr': {
    vi: 'Đây không phải mã chuyển khoản VietQR.',
    en: 'This is not a VietQR transfer code.',
  },
  'vietqr.missing_field': {
    vi: 'Mã QR thiếu thông tin bắt buộc (trường {field}).',
    en: 'This QR code lacks a required field ({field}).',
  },
  'vietqr.invalid_field': {
    vi: 'Mã QR có thông tin không hợp lệ (trường {field}).',
    en: 'This QR code has an invalid field ({field}).',
  },
  'payment.no_bank_account': {
    vi: 'Cửa hàng chưa có tài khoản ngân hàng để nhận chuyển khoản.',
    en: 'The shop has no bank account to receive transfers yet.',
  },
  'payment.no_e_wallet': {
    vi: 'Cửa hàng chưa có ví điện tử để nhận tiền.',
    en: 'The shop has no e-wallet to receive payments yet.',
  },
  'payment.method_not_accepted': {
    vi: 'Cửa hàng không nhận cách thanh toán này. Vui lòng chọn cách khác.',
    en: 'The shop does not accept this way of paying. Please choose another.',
  },
  'payment.no_way_left': {
    vi: 'Hãy thêm một tài khoản nhận tiền (ví điện tử hoặc ngân hàng) trước khi tắt thu tiền khi giao hàng, để người mua còn cách trả tiền.',
    en: 'Add an account to be paid to (e-wallet or bank) before turning cash on delivery off, so buyers still have a way to pay.',
  },
  'payment.method_unchanged': {
    vi: 'Đơn hàng đang dùng cách thanh toán này rồi.',
    en: 'The order already uses this way of paying.',
  },
  'payment.change_too_late': {
    vi: 'Chỉ đổi được cách thanh toán khi đơn chưa thanh toán và chưa giao cho bưu điện.',
    en: 'The way of paying can change only while the order is unpaid and not yet with the post.',
  },
  'payment.method_required': {
    vi: 'Vui lòng chọn cách thanh toán cho từng đơn.',
    en: 'Please choose how to pay each order.',
  },
  'bank.forbidden': {
    vi: 'Bạn không quản lý tài khoản nhận khoản chuyển này.',
    en: 'You do not look after the account that received this transfer.',
  },
  'bank.transfer_not_found': {
    vi: 'Không tìm thấy khoản chuyển này.',
    en: 'This transfer was not found.',
  },
  'bank.account_not_found': {
    vi: 'Không tìm thấy tài khoản nhận tiền này của hộ.',
    en: 'The household has no such payment account.',
  },
  'bank.nothing_to_settle': {
    vi: 'Khoản chuyển này đã tự động ghi nhận cho đơn hàng, không cần đối soát.',
    en: 'This transfer paid its order by itself; there is nothing to settle.',
  },
  'bank.already_settled': {
    vi: 'Khoản chuyển này đã được đối soát rồi.',
    en: 'This transfer was settled already.',
  },
  'bank.feed_needs_bank_account': {
    vi: 'Chỉ tài khoản ngân hàng mới liên kết được với dịch vụ báo giao dịch; tiền vào ví điện tử vẫn bấm “Đã nhận tiền”.',
    en: 'Only a bank account can be linked to the transaction-notification service; e-wallet payments are still marked received by hand.',
  },
} as const satisfies MessageTable;
