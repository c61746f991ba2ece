import type { Message } from '@nongsan/domain';

/**
 * The one dictionary of interface words for both apps, Vietnamese first. Error texts are not here: they come from
 * the domain's `messages` (through the server's problems or `formatMessage`), so every layer says the same thing.
 * `{name}` placeholders are filled by `translate`. Words only one app uses live in that app (`apps/<app>/src/
 * strings.ts`, keys starting with the app's name or area), handed to `<LocaleProvider words>` and added to
 * `UiStringKey` through `AppStrings`.
 */
export const uiStrings = {
  // Shell
  'app.seller.title': { vi: 'Nông sản Bắc Sơn · Người bán', en: 'Bắc Sơn Produce · Sellers' },
  'app.buyer.title': { vi: 'Nông sản Bắc Sơn', en: 'Bắc Sơn Produce' },
  'language.label': { vi: 'Ngôn ngữ', en: 'Language' },
  'language.switchTo': { vi: 'English', en: 'Tiếng Việt' },
  'language.switchHint': { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  'nav.main': { vi: 'Điều hướng chính', en: 'Main navigation' },
  'nav.home': { vi: 'Trang chủ', en: 'Home' },
  'nav.listings': { vi: 'Sản phẩm', en: 'Listings' },
  'nav.orders': { vi: 'Đơn hàng', en: 'Orders' },
  'nav.account': { vi: 'Tài khoản', en: 'Account' },
  'nav.back': { vi: 'Quay lại', en: 'Back' },

  // States every screen has
  'state.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'state.sending': { vi: 'Đang gửi…', en: 'Sending…' },
  'state.retry': { vi: 'Thử lại', en: 'Try again' },
  'state.offline': {
    vi: 'Đang mất mạng: đây là dữ liệu đã lưu lần trước.',
    en: 'Offline: this is what was saved last time.',
  },
  'state.empty': { vi: 'Chưa có gì ở đây.', en: 'Nothing here yet.' },
  'list.showMore': { vi: 'Xem thêm', en: 'Show more' },
  'error.network': {
    vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
    en: 'Could not reach the server. Please check the connection and try again.',
  },
  'error.unexpected': {
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại sau ít phút.',
    en: 'Something went wrong. Please try again in a few minutes.',
  },
  'error.notFound': { vi: 'Không tìm thấy trang này.', en: 'This page does not exist.' },

  // Sign-in (seller, later the buyer's checkout)
  'signIn.title': { vi: 'Đăng nhập', en: 'Sign in' },
  'signIn.intro': {
    vi: 'Dùng số điện thoại và mật khẩu của hộ. Tổ công nghệ có thể giúp bạn nếu quên mật khẩu.',
    en: "Use your household's phone number and password. Your tech team can help if you forgot it.",
  },
  'signIn.phone': { vi: 'Số điện thoại', en: 'Phone number' },
  'signIn.phoneHint': { vi: 'Ví dụ: 0912 345 678', en: 'For example: 0912 345 678' },
  'signIn.password': { vi: 'Mật khẩu', en: 'Password' },
  'signIn.showPassword': { vi: 'Hiện mật khẩu', en: 'Show password' },
  'signIn.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'signIn.signOut': { vi: 'Đăng xuất', en: 'Sign out' },
  'signIn.welcome': { vi: 'Xin chào, {name}', en: 'Hello, {name}' },

  // Roles, as a person reads them
  'role.seller': { vi: 'Hộ bán hàng', en: 'Household' },
  'role.helper': { vi: 'Tổ công nghệ', en: 'Tech-team member' },
  'role.buyer': { vi: 'Người mua', en: 'Buyer' },
  'role.official': { vi: 'Cán bộ xã', en: 'Commune official' },
  'role.province_official': { vi: 'Cán bộ tỉnh', en: 'Province official' },

  // Listings as buyers and sellers see them
  'listing.inSeasonTitle': { vi: 'Đang vào mùa', en: 'In season now' },
  'listing.search': { vi: 'Tìm nông sản', en: 'Find produce' },
  'listing.searchPlaceholder': { vi: 'Ví dụ: thanh long, lạc đỏ', en: 'For example: dragon fruit, peanuts' },
  'listing.searchSubmit': { vi: 'Tìm', en: 'Search' },
  'listing.results': { vi: '{count} sản phẩm', en: '{count} listings' },
  'listing.none': {
    vi: 'Chưa có sản phẩm nào phù hợp. Hãy thử từ khác.',
    en: 'No listings match. Try other words.',
  },
  'listing.byShop': { vi: '{shop} · {village}', en: '{shop} · {village}' },
  'listing.phase.in-season': { vi: 'Đang vào mùa', en: 'In season' },
  'listing.phase.pre-order': { vi: 'Đặt trước', en: 'Pre-order' },
  'listing.phase.too-early': { vi: 'Chưa đến mùa', en: 'Not yet in season' },
  'listing.phase.over': { vi: 'Hết mùa', en: 'Season over' },
  'listing.soldOut': { vi: 'Hết hàng', en: 'Sold out' },
  'listing.stockLeft': { vi: 'Còn {quantity}', en: '{quantity} left' },
  'listing.minOrder': { vi: 'Đặt tối thiểu {quantity}', en: 'Minimum order {quantity}' },
  'listing.harvestFrom': { vi: 'Thu hoạch từ {date}', en: 'Harvest from {date}' },
  'listing.mine': { vi: 'Sản phẩm của hộ', en: "The household's listings" },
  'listing.standing.draft': { vi: 'Bản nháp', en: 'Draft' },
  'listing.standing.paused': { vi: 'Tạm dừng', en: 'Paused' },
  'listing.standing.sold_out': { vi: 'Hết hàng', en: 'Sold out' },
  'listing.standing.ended': { vi: 'Đã kết thúc', en: 'Ended' },
  'listing.standing.too_early': { vi: 'Chưa tới mùa, chưa nhận đặt', en: 'Not in season yet, no orders' },
  'listing.standing.pre_order': { vi: 'Nhận đặt trước', en: 'Taking pre-orders' },
  'listing.standing.on_sale': { vi: 'Đang bán', en: 'On sale' },
} as const satisfies Record<string, Message>;

/** Words an app adds to the shared ones, at runtime through `<LocaleProvider words>`. */
export type Words = Readonly<Record<string, Message>>;

/**
 * The app's own words, for the type checker: each app declares, once, next to its dictionary,
 * `declare module '@nongsan/ui' { interface AppStrings { readonly words: typeof appWords } }`, so `t('seller.…')`
 * is checked in the seller app and nowhere else.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each app through declaration merging
export interface AppStrings {}

type AppWords = AppStrings extends { readonly words: infer W } ? W : Record<never, Message>;

/** A key of the shared words or of the app's own. */
export type UiStringKey = keyof typeof uiStrings | Extract<keyof AppWords, string>;
