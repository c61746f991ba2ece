import type { MessageTable } from './table.ts';

/** Ratings and reviews of delivered orders. */
export const reviewsMessages = {
  'review.forbidden': {
    vi: 'Bạn không thể đánh giá hoặc trả lời đánh giá của đơn hàng này.',
    en: 'You may not review this order or answer its review.',
  },
  'review.not_found': {
    vi: 'Đơn hàng này chưa có đánh giá.',
    en: 'This order has no review.',
  },
  'review.not_delivered': {
    vi: 'Chỉ đánh giá được đơn đã giao tới bạn.',
    en: 'Only an order delivered to you can be reviewed.',
  },
  'review.already_reviewed': {
    vi: 'Bạn đã đánh giá đơn hàng này rồi.',
    en: 'You have reviewed this order already.',
  },
  'review.already_answered': {
    vi: 'Cửa hàng đã trả lời đánh giá này rồi.',
    en: 'The shop has answered this review already.',
  },
  'review.already_hidden': {
    vi: 'Đánh giá này đã được ẩn.',
    en: 'This review is hidden already.',
  },
  'review.rating_out_of_range': {
    vi: 'Hãy chọn từ 1 đến 5 sao.',
    en: 'Choose from 1 to 5 stars.',
  },
  'review.photo_invalid': {
    vi: 'Ảnh đính kèm không hợp lệ. Vui lòng tải ảnh lên lại.',
    en: 'The photo is not valid. Please upload it again.',
  },
} as const satisfies MessageTable;
