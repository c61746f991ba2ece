import type { Message } from '@nongsan/domain';

/** Interface words of a listing's origin page and its printable QR label, Vietnamese first. */
export const buyerOriginStrings = {
  'buyer.origin.title': { vi: 'Nguồn gốc sản phẩm', en: 'Where it comes from' },
  'buyer.origin.household': { vi: 'Hộ sản xuất', en: 'Grown by' },
  'buyer.origin.place': { vi: 'Nơi trồng', en: 'Grown in' },
  'buyer.origin.placeText': {
    vi: 'Thôn {village}, xã {commune}, tỉnh Lạng Sơn',
    en: '{village} village, {commune} commune, Lạng Sơn',
  },
  'buyer.origin.harvest': { vi: 'Ngày thu hoạch', en: 'Harvested' },
  'buyer.origin.harvestSeason': {
    vi: 'Theo mùa vụ của sản phẩm',
    en: 'In the product’s season',
  },
  'buyer.origin.ocop': { vi: 'Chứng nhận OCOP', en: 'OCOP rating' },
  'buyer.origin.ocopStars': { vi: '{stars} sao', en: '{stars} stars' },
  'buyer.origin.order': { vi: 'Xem và đặt mua', en: 'See it and order' },
  'buyer.origin.shop': { vi: 'Gian hàng của hộ', en: 'The household’s shop' },
  'buyer.origin.label': { vi: 'Tem QR để in', en: 'QR label to print' },
  'buyer.origin.print': { vi: 'In tem', en: 'Print the label' },
  'buyer.origin.scan': {
    vi: 'Quét mã để xem nguồn gốc',
    en: 'Scan to see where it comes from',
  },
  'buyer.origin.qrLoading': { vi: 'Đang tạo mã QR…', en: 'Making the QR code…' },
} as const satisfies Record<string, Message>;
