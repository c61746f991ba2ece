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
} as const satisfies MessageTable;
