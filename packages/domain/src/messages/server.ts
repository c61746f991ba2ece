import type { MessageTable } from './table.ts';

/** What the server says about signing in, access, records it cannot find, uploads and its own failures. */
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
  'http.too_many_requests': {
    vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many requests. Please try again in {seconds} seconds.',
  },
  'http.body_too_large': {
    vi: 'Dữ liệu gửi lên quá lớn (tối đa {maxMb} MB). Vui lòng rút gọn nội dung rồi gửi lại.',
    en: 'What was sent is too large (at most {maxMb} MB). Please shorten it and send again.',
  },
  'http.uri_too_long': {
    vi: 'Địa chỉ yêu cầu quá dài (tối đa {maxKb} KB). Vui lòng rút gọn nội dung tìm kiếm rồi thử lại.',
    en: 'The request address is too long (at most {maxKb} KB). Please shorten the search and try again.',
  },
  'http.headers_too_large': {
    vi: 'Phần đầu của yêu cầu quá lớn (tối đa {maxKb} KB). Vui lòng xóa cookie của trang rồi đăng nhập lại.',
    en: "The request's headers are too large (at most {maxKb} KB). Please clear this site's cookies and sign in again.",
  },
  'http.unreadable_request': {
    vi: 'Máy chủ không đọc được yêu cầu này. Vui lòng tải lại trang hoặc cập nhật ứng dụng.',
    en: 'The server could not read this request. Please reload the page or update the app.',
  },
  'http.not_found': {
    vi: 'Không tìm thấy chức năng này. Vui lòng cập nhật ứng dụng.',
    en: 'This action does not exist. Please update the app.',
  },
  'http.cross_site': {
    vi: 'Yêu cầu này được gửi từ một trang web khác nên đã bị từ chối. Vui lòng mở trực tiếp ứng dụng rồi thử lại.',
    en: 'This request was sent from another website, so it was refused. Please open the app directly and try again.',
  },
  'http.json_only': {
    vi: 'Máy chủ chỉ nhận dữ liệu do ứng dụng gửi (JSON). Vui lòng tải lại trang hoặc cập nhật ứng dụng.',
    en: 'The server only accepts what the app sends (JSON). Please reload the page or update the app.',
  },
  'server.busy': {
    vi: 'Đang có quá nhiều đơn hàng cùng lúc. Vui lòng thử lại sau giây lát.',
    en: 'Too many orders are arriving at once. Please try again in a moment.',
  },
  'server.internal': {
    vi: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
    en: 'Something went wrong on our side. Please try again in a few minutes.',
  },
} as const satisfies MessageTable;
