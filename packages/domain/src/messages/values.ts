import type { MessageTable } from './table.ts';

/** Money, quantities, phone numbers, dates. */
export const valuesMessages = {
  'money.not_whole': {
    vi: 'Số tiền phải là số đồng nguyên (không có phần lẻ).',
    en: 'Amounts are whole đồng (no fractions).',
  },
  'money.negative': { vi: 'Số tiền không được âm.', en: 'An amount cannot be negative.' },
  'money.not_positive': { vi: 'Số tiền phải lớn hơn 0 ₫.', en: 'The amount must be more than 0 ₫.' },
  'money.too_large': {
    vi: 'Số tiền quá lớn (tối đa {maximum} ₫).',
    en: 'Amount too large (at most {maximum} ₫).',
  },
  'quantity.not_whole': {
    vi: 'Số lượng phải là số nguyên (gam hoặc cái).',
    en: 'Quantities are whole grams or pieces.',
  },
  'quantity.not_positive': { vi: 'Số lượng phải lớn hơn 0.', en: 'The quantity must be more than 0.' },
  'quantity.negative': { vi: 'Số lượng không được âm.', en: 'A quantity cannot be negative.' },
  'quantity.too_large': {
    vi: 'Số lượng quá lớn (tối đa {maximum}).',
    en: 'Quantity too large (at most {maximum}).',
  },
  'quantity.text_empty': {
    vi: 'Vui lòng nhập số lượng ({unit}).',
    en: 'Please enter a quantity ({unit}).',
  },
  'quantity.text_not_number': {
    vi: '“{input}” không phải là số. Vui lòng nhập số lượng bằng chữ số, ví dụ 1,5 hoặc 2.',
    en: '“{input}” is not a number. Please type the quantity in digits, e.g. 1.5 or 2.',
  },
  'quantity.text_negative': {
    vi: 'Số lượng không được là số âm.',
    en: 'A quantity cannot be negative.',
  },
  'quantity.text_zero': {
    vi: 'Số lượng phải lớn hơn 0.',
    en: 'The quantity must be more than 0.',
  },
  'quantity.text_too_precise': {
    vi: 'Chỉ nhập tối đa 3 chữ số sau dấu phẩy (đến từng gam), ví dụ 1,25 kg.',
    en: 'At most 3 decimals (to the gram), e.g. 1.25 kg.',
  },
  'quantity.text_not_whole_pieces': {
    vi: 'Hàng này bán theo cái: vui lòng nhập số nguyên, ví dụ 3.',
    en: 'This is sold by the piece: please enter a whole number, e.g. 3.',
  },
  'quantity.text_too_large': {
    vi: 'Số lượng quá lớn: tối đa {maximum} {unit}.',
    en: 'Too much: at most {maximum} {unit}.',
  },
  'phone.invalid': {
    vi: 'Số điện thoại “{input}” chưa đúng. Vui lòng nhập số di động 10 chữ số, ví dụ 0912 345 678.',
    en: '“{input}” is not a valid phone number. Please enter a 10-digit mobile number, e.g. 0912 345 678.',
  },
  'phone.unknown_prefix': {
    vi: 'Đầu số {prefix} không phải đầu số di động tại Việt Nam. Vui lòng kiểm tra lại số điện thoại.',
    en: '{prefix} is not a Vietnamese mobile prefix. Please check the phone number.',
  },
  'export.invalid_month': {
    vi: 'Tháng cần xuất phải viết dạng năm-tháng, ví dụ 2026-09.',
    en: 'The month to export is written year-month, e.g. 2026-09.',
  },
} as const satisfies MessageTable;
