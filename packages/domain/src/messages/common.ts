import type { MessageTable } from './table.ts';

/** Problems any input can have, whatever the field: what zod reports, in words a person reads. */
export const commonMessages = {
  'validation.invalid': { vi: 'Giá trị không hợp lệ.', en: 'This value is not valid.' },
  'validation.required': { vi: 'Vui lòng nhập thông tin này.', en: 'This field is required.' },
  'validation.invalid_type': {
    vi: 'Sai kiểu dữ liệu (cần {expected}).',
    en: 'Wrong kind of value (expected {expected}).',
  },
  'validation.too_small': { vi: 'Phải từ {minimum} trở lên.', en: 'Must be at least {minimum}.' },
  'validation.too_big': { vi: 'Không được quá {maximum}.', en: 'Must be at most {maximum}.' },
  'validation.too_short': { vi: 'Cần ít nhất {minimum} ký tự.', en: 'Needs at least {minimum} characters.' },
  'validation.too_long': { vi: 'Tối đa {maximum} ký tự.', en: 'At most {maximum} characters.' },
  'validation.not_allowed': { vi: 'Chỉ được chọn: {allowed}.', en: 'Allowed values: {allowed}.' },
  'validation.invalid_format': { vi: 'Sai định dạng ({format}).', en: 'Wrong format ({format}).' },
  'validation.not_multiple_of': {
    vi: 'Phải là bội số của {divisor}.',
    en: 'Must be a multiple of {divisor}.',
  },
  'validation.unknown_field': { vi: 'Trường không được hỗ trợ: {keys}.', en: 'Unsupported field: {keys}.' },
  'validation.not_integer': { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  'text.hidden_characters': {
    vi: 'Vui lòng gõ chữ nhìn thấy được, không dùng ký tự ẩn hay ký tự đảo chiều chữ.',
    en: 'Please type visible text, without hidden or text-direction characters.',
  },
  'validation.invalid_date': { vi: 'Ngày không hợp lệ.', en: 'This date is not valid.' },
} as const satisfies MessageTable;
