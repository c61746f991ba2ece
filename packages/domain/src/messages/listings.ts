import type { MessageTable } from './table.ts';

/** Listings: what a seller types, price warnings, and why a listing cannot be ordered or changed. */
export const listingsMessages = {
  'listing.invalid_ocop_stars': {
    vi: 'Số sao OCOP là một số nguyên từ 1 đến 5 (để trống nếu sản phẩm chưa được xếp hạng).',
    en: 'OCOP stars are a whole number from 1 to 5 (leave it empty if the product has no rating).',
  },
  'listing.changed_meanwhile': {
    vi: 'Tin “{title}” đã thay đổi trong lúc chờ gửi. Thao tác của bạn không được áp dụng; hãy xem lại tin rồi làm lại nếu cần.',
    en: 'The listing “{title}” changed while this was waiting to be sent. Your step was not applied; look at it again and redo it if needed.',
  },
  'listing.stock_moved_meanwhile': {
    vi: 'Số hàng còn của “{title}” đã đổi trong lúc chờ gửi: lúc bạn sửa là {seen} {unit}, bây giờ là {current} {unit} (có đơn đặt hoặc hủy trong lúc đó). Số {wanted} {unit} bạn nhập chưa được lưu; hãy xem lại rồi nhập lại.',
    en: 'The stock of “{title}” changed while this was waiting to be sent: it was {seen} {unit} when you changed it and is {current} {unit} now (orders were placed or cancelled meanwhile). The {wanted} {unit} you typed was not saved; look again and type it again.',
  },
  'listing.photo_invalid': {
    vi: 'Ảnh không hợp lệ: cần một đường dẫn http(s) hoặc mã ảnh đã tải lên.',
    en: 'This photo is not valid: use an http(s) link or the key of an uploaded photo.',
  },
  'listing.harvest_order': {
    vi: 'Ngày kết thúc thu hoạch phải từ ngày bắt đầu trở đi.',
    en: 'The harvest cannot end before it starts.',
  },
  'listing.harvest_too_long': {
    vi: 'Thời gian thu hoạch dài quá {maximum} ngày, vui lòng kiểm tra lại.',
    en: 'The harvest window is longer than {maximum} days; please check the dates.',
  },
  'listing.harvest_out_of_season': {
    vi: 'Ngày {date} không nằm trong mùa của sản phẩm này, vui lòng kiểm tra lại.',
    en: '{date} is outside this product’s season; please check the date.',
  },
  'listing.min_order_above_stock': {
    vi: 'Số lượng đặt tối thiểu ({minimum} {unit}) không được lớn hơn số hàng còn ({stock} {unit}).',
    en: 'The minimum order ({minimum} {unit}) cannot be more than the stock ({stock} {unit}).',
  },
  'listing.cap_below_min_order': {
    vi: 'Giới hạn mỗi người mua ({cap} {unit}) không được nhỏ hơn số lượng đặt tối thiểu ({minimum} {unit}).',
    en: 'The per-buyer limit ({cap} {unit}) cannot be less than the minimum order ({minimum} {unit}).',
  },
  'listing.price_range_reversed': {
    vi: 'Giá từ ({min}\u00a0₫) không được cao hơn giá đến ({max}\u00a0₫).',
    en: 'The lowest price ({min}\u00a0₫) cannot be above the highest ({max}\u00a0₫).',
  },
  'listing.price_unusual': {
    vi: 'Giá {price}\u00a0₫ khác xa giá thường gặp của sản phẩm này ({min}–{max}\u00a0₫). Nếu giá đúng, vui lòng xác nhận để đăng.',
    en: 'A price of {price}\u00a0₫ is far from this product’s usual price ({min}–{max}\u00a0₫). If it is right, please confirm it.',
  },
  'listing.price_unusual_suggest': {
    vi: 'Giá {price}\u00a0₫ khác xa giá thường gặp của sản phẩm này ({min}–{max}\u00a0₫). Có phải bạn muốn nhập {suggested}\u00a0₫? Nếu giá đúng, vui lòng xác nhận để đăng.',
    en: 'A price of {price}\u00a0₫ is far from this product’s usual price ({min}–{max}\u00a0₫). Did you mean {suggested}\u00a0₫? If the price is right, please confirm it.',
  },
  'listing.not_published': {
    vi: '“{title}” chưa được đăng bán.',
    en: '“{title}” is not on sale yet.',
  },
  'listing.paused': {
    vi: '“{title}” đang tạm ngừng bán.',
    en: '“{title}” is paused for now.',
  },
  'listing.sold_out': {
    vi: '“{title}” đã hết hàng.',
    en: '“{title}” is sold out.',
  },
  'listing.ended': {
    vi: '“{title}” đã hết mùa bán.',
    en: 'The season of “{title}” is over.',
  },
  'listing.too_early': {
    vi: '“{title}” chưa đến mùa; có thể đặt trước từ ngày {date}.',
    en: '“{title}” is not in season yet; pre-orders open on {date}.',
  },
  'listing.illegal_status_change': {
    vi: 'Không thể thực hiện thao tác này với “{title}” ở trạng thái hiện tại.',
    en: 'This cannot be done to “{title}” in its current status.',
  },
  'listing.no_stock': {
    vi: 'Vui lòng nhập số hàng còn trước khi đăng bán “{title}”.',
    en: 'Please enter the stock before putting “{title}” on sale.',
  },
  'listing.forbidden': {
    vi: 'Bạn không có quyền quản lý tin đăng của gian hàng này.',
    en: 'You may not manage this shop’s listings.',
  },
  'listing.product_fixed': {
    vi: 'Không thể đổi sản phẩm của tin đăng đã tạo; vui lòng tạo tin đăng mới.',
    en: 'A listing’s product cannot change; please create a new listing.',
  },
} as const satisfies MessageTable;
