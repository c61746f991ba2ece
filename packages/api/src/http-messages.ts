import {
  type ErrorCode,
  type ErrorParams,
  fillMessage,
  isErrorCode,
  type Locale,
  messages,
} from '@nongsan/domain';

/**
 * What the HTTP side says in its own name: rate limits, requests too large or unreadable, unknown procedures,
 * cross-site posts, a busy or failing server. None of it is a marketplace rule, so it is not in the domain's
 * dictionary; the tRPC layer's fallbacks (`trpc/init.ts`) and the Fastify host's plain routes (apps/server) read it
 * here, in the same vi/en shape as the domain's messages.
 */
export const HTTP_MESSAGES = {
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
  'http.webhook_unauthorized': {
    vi: 'Khóa API của dịch vụ báo giao dịch ngân hàng không đúng.',
    en: 'The bank-notification service sent a wrong API key.',
  },
  'http.webhook_disabled': {
    vi: 'Máy chủ chưa bật nhận thông báo giao dịch ngân hàng.',
    en: 'This server does not take bank-transaction notifications (no API key is set).',
  },
  'server.busy': {
    vi: 'Đang có quá nhiều đơn hàng cùng lúc. Vui lòng thử lại sau giây lát.',
    en: 'Too many orders are arriving at once. Please try again in a moment.',
  },
  'server.internal': {
    vi: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
    en: 'Something went wrong on our side. Please try again in a few minutes.',
  },
} as const;

/** A code only the HTTP side answers with (a key of `HTTP_MESSAGES`). */
export type HttpMessageCode = keyof typeof HTTP_MESSAGES;

/** Any code an error answer may carry: the domain's, or the HTTP side's own. */
export type AnswerCode = ErrorCode | HttpMessageCode;

/** The text of an answer's code in a locale: the domain's dictionary for its codes, `HTTP_MESSAGES` for the rest. */
export function formatAnswer(code: AnswerCode, params: ErrorParams = {}, locale: Locale = 'vi'): string {
  return fillMessage(isErrorCode(code) ? messages[code] : HTTP_MESSAGES[code], params, locale);
}
