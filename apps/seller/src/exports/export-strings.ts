import type { Message } from '@nongsan/domain';

/** Interface words of the spreadsheet downloads (CSV), Vietnamese first. */
export const sellerExportStrings = {
  'exports.orders': { vi: 'Tải bảng đơn hàng (Excel, CSV)', en: 'Download the orders (Excel, CSV)' },
  'exports.commune': {
    vi: 'Tải số liệu các thôn theo tháng (Excel, CSV)',
    en: 'Download the villages by month (Excel, CSV)',
  },
  'exports.province': {
    vi: 'Tải số liệu cả tỉnh theo thôn và tháng (Excel, CSV)',
    en: 'Download the whole province by village and month (Excel, CSV)',
  },
  'exports.note': {
    vi: 'Ngày ghi ngày/tháng/năm; số tiền ghi số đồng, không dấu chấm, để Excel cộng được.',
    en: 'Dates read day/month/year; amounts are whole đồng without separators, so Excel can add them up.',
  },
} as const satisfies Record<string, Message>;
