import type { MessageTable } from './table.ts';

/** Problems any input can have, whatever the field: what zod reports, in words a person reads. */
export const commonMessages = {
  'validation.invalid': { vi: 'Giá trị không hợp lệ.', en: 'This value is not valid.' },
  'validation.required': { vi: 'Vui lòng nhập thông tin này.', en: 'This field is required.' },
  // What zod expected (`params.expected`: number, string…) is for developers; a person reads what to do.
  'validation.invalid_type': {
    vi: 'Giá trị này không đúng loại cần nhập. Vui lòng nhập lại.',
    en: 'This is not the kind of value this field takes. Please type it again.',
  },
  'validation.too_small': { vi: 'Phải từ {minimum} trở lên.', en: 'Must be at least {minimum}.' },
  'validation.too_big': { vi: 'Không được quá {maximum}.', en: 'Must be at most {maximum}.' },
  'validation.too_short': { vi: 'Cần ít nhất {minimum} ký tự.', en: 'Needs at least {minimum} characters.' },
  'validation.too_long': { vi: 'Tối đa {maximum} ký tự.', en: 'At most {maximum} characters.' },
  // The allowed values (`params.allowed`) are codes (`dragon-fruit`, `bank_transfer`): never shown to a person.
  'validation.not_allowed': {
    vi: 'Vui lòng chọn một trong các lựa chọn có sẵn.',
    en: 'Please choose one of the options offered.',
  },
  'validation.invalid_format': {
    vi: 'Sai định dạng. Vui lòng kiểm tra lại.',
    en: 'This is not in the right form. Please check it.',
  },
  'validation.not_multiple_of': {
    vi: 'Phải là bội số của {divisor}.',
    en: 'Must be a multiple of {divisor}.',
  },
  'validation.unknown_field': {
    vi: 'Có thông tin không được hỗ trợ.',
    en: 'Some of this information is not supported.',
  },
  'validation.not_integer': { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  'text.hidden_characters': {
    vi: 'Vui lòng gõ chữ nhìn thấy được, không dùng ký tự ẩn hay ký tự đảo chiều chữ.',
    en: 'Please type visible text, without hidden or text-direction characters.',
  },
  'validation.invalid_date': { vi: 'Ngày không hợp lệ.', en: 'This date is not valid.' },
} as const satisfies MessageTable;
