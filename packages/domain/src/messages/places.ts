import type { MessageTable } from './table.ts';

/** Provinces, communes, villages, addresses. */
export const placesMessages = {
  'places.invalid_province_code': {
    vi: 'Mã tỉnh phải gồm 2 chữ số.',
    en: 'A province code has 2 digits.',
  },
  'places.invalid_commune_code': {
    vi: 'Mã xã, phường phải gồm 5 chữ số.',
    en: 'A commune code has 5 digits.',
  },
  'places.unknown_province': {
    vi: 'Không tìm thấy tỉnh, thành phố có mã {code}.',
    en: 'No province with code {code}.',
  },
  'places.unknown_commune': {
    vi: 'Không tìm thấy xã, phường có mã {code}.',
    en: 'No commune with code {code}.',
  },
  'places.unknown_village': {
    vi: 'Không tìm thấy thôn “{id}”.',
    en: 'No village “{id}”.',
  },
  'places.no_successor': {
    vi: 'Chưa có thông tin xã mới sau sắp xếp của {commune} ({district}). Vui lòng nhập địa chỉ theo tên xã hiện nay.',
    en: 'The post-2025 commune of {commune} ({district}) is not known. Please enter the address with today’s commune name.',
  },
  'commune.forbidden': {
    vi: 'Bạn không phụ trách xã, phường này.',
    en: 'This commune is not yours to oversee.',
  },
  'commune.not_found': {
    vi: 'Không tìm thấy xã, phường có mã {code}.',
    en: 'No commune with code {code} here.',
  },
  'village.name_taken': {
    vi: 'Xã này đã có thôn “{name}”.',
    en: 'This commune already has a village “{name}”.',
  },
  'commune.required': {
    vi: 'Vui lòng chọn một xã, phường.',
    en: 'Please choose a commune.',
  },
} as const satisfies MessageTable;
