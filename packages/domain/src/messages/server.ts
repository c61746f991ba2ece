import type { MessageTable } from './table.ts';

/**
 * What the application says about signing in, access, records it cannot find and uploads. What only the HTTP host
 * says (rate limits, oversized or unreadable requests, a busy or failing server) is not a marketplace rule and lives
 * in `@nongsan/api`'s `http-messages.ts`.
 */
export const serverMessages = {
  'auth.unauthenticated': {
    vi: 'Vui lòng đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  },
  'auth.invalid_credentials': {
    vi: 'Số điện thoại hoặc mật khẩu chưa đúng. Vui lòng thử lại.',
    en: 'The phone number or password is not right. Please try again.',
  },
  'auth.too_many_attempts': {
    vi: 'Bạn đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many wrong passwords. Please try again in {minutes} minutes.',
  },
  'auth.phone_taken': {
    vi: 'Số điện thoại {phone} đã được đăng ký. Vui lòng đăng nhập hoặc dùng số khác.',
    en: 'The phone number {phone} is already registered. Please sign in or use another number.',
  },
  'auth.no_password': {
    vi: 'Tài khoản này chưa có mật khẩu. Vui lòng nhờ cán bộ hỗ trợ đặt mật khẩu.',
    en: 'This account has no password yet. Please ask your helper to set one.',
  },
  'auth.account_disabled': {
    vi: 'Tài khoản này đã bị khóa. Vui lòng liên hệ Ủy ban xã.',
    en: 'This account has been disabled. Please contact the commune office.',
  },
  'auth.forbidden': {
    vi: 'Tài khoản của bạn không được phép thực hiện thao tác này.',
    en: 'Your account may not do this.',
  },
  'auth.household_required': {
    vi: 'Vui lòng chọn hộ mà bạn đang hỗ trợ.',
    en: 'Please choose the household you are acting for.',
  },
  'household.forbidden': {
    vi: 'Hộ này không do bạn phụ trách.',
    en: 'This household is not assigned to you.',
  },
  'household.not_found': { vi: 'Không tìm thấy hộ này.', en: 'This household was not found.' },
  'household.not_helper': {
    vi: 'Người được giao phải là thành viên tổ công nghệ số.',
    en: 'The person assigned must be a member of a tech team.',
  },
  'user.not_found': { vi: 'Không tìm thấy tài khoản này.', en: 'This account was not found.' },
  'shop.not_found': {
    vi: 'Không tìm thấy gian hàng này.',
    en: 'This shop was not found.',
  },
  'listing.not_found': { vi: 'Không tìm thấy sản phẩm đang bán này.', en: 'This listing was not found.' },
  'listing.stale': {
    vi: 'Tin đăng vừa được thay đổi ở nơi khác. Vui lòng tải lại rồi sửa tiếp.',
    en: 'The listing was just changed elsewhere. Please reload and edit again.',
  },
  'listing.too_many_photos': {
    vi: 'Mỗi tin đăng có tối đa {maximum} ảnh.',
    en: 'A listing has at most {maximum} photos.',
  },
  'village.not_found': { vi: 'Không tìm thấy thôn này.', en: 'This village was not found.' },
  'photo.too_large': {
    vi: 'Ảnh quá lớn: tối đa {maxMb} MB. Vui lòng chọn ảnh nhỏ hơn.',
    en: 'The photo is too large: at most {maxMb} MB. Please choose a smaller one.',
  },
  'photo.unsupported_type': {
    vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.',
    en: 'Only JPEG, PNG or WebP photos are accepted.',
  },
  'photo.missing': {
    vi: 'Vui lòng chọn một ảnh để tải lên.',
    en: 'Please choose a photo to upload.',
  },
  'photo.not_yours': {
    vi: 'Không tìm thấy ảnh bạn đã tải lên. Vui lòng tải ảnh lên lại.',
    en: 'The photo you uploaded was not found. Please upload it again.',
  },
  'photo.already_used': {
    vi: 'Ảnh này đã được gửi kèm một lần. Vui lòng tải ảnh lên lại.',
    en: 'This photo was sent once already. Please upload it again.',
  },
} as const satisfies MessageTable;
