import { describe, expect, it } from 'vitest';
import { BUYER, buyer, helperFor, JULY, placedOrder, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import type { Order } from './order.ts';
import {
  answerReview,
  hideReview,
  type Review,
  ReviewInputSchema,
  ratingOfTotals,
  reviewOrder,
  shopRating,
} from './reviews.ts';

const delivered: Order = { ...placedOrder(), status: 'delivered' };
const input = ReviewInputSchema.parse({ rating: 5, comment: 'Thanh long ngọt, giao nhanh' });

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('reviewing an order', () => {
  it('the buyer of a delivered or completed order rates it, with an optional comment and photo', () => {
    const review = reviewOrder(delivered, null, buyer(), input, JULY);
    expect(review).toMatchObject({
      orderId: delivered.id,
      shopId: SHOP_A,
      buyerId: BUYER,
      rating: 5,
      comment: 'Thanh long ngọt, giao nhanh',
      photo: null,
      answer: null,
      hiddenAt: null,
    });
    const completed = { ...delivered, status: 'completed' as const };
    const withPhoto = ReviewInputSchema.parse({ rating: 3, photo: 'ph_01JZ8Q4T6R0000000000000000.webp' });
    expect(reviewOrder(completed, null, buyer(), withPhoto, JULY).photo).toBe(
      'ph_01JZ8Q4T6R0000000000000000.webp',
    );
  });

  it('only the buyer, only once delivered, only once', () => {
    expect(codeOf(() => reviewOrder(delivered, null, buyer('someone-else'), input, JULY))).toBe(
      'review.forbidden',
    );
    expect(codeOf(() => reviewOrder(delivered, null, sellerOf(SHOP_A), input, JULY))).toBe(
      'review.forbidden',
    );
    for (const status of ['placed', 'confirmed', 'handed_over', 'cancelled', 'delivery_failed'] as const)
      expect(codeOf(() => reviewOrder({ ...delivered, status }, null, buyer(), input, JULY))).toBe(
        'review.not_delivered',
      );
    const first = reviewOrder(delivered, null, buyer(), input, JULY);
    expect(codeOf(() => reviewOrder(delivered, first, buyer(), input, JULY))).toBe('review.already_reviewed');
  });

  it('refuses a rating outside 1–5 or not whole, and a comment hiding text', () => {
    for (const rating of [0, 6, 4.5, -1]) expect(ReviewInputSchema.safeParse({ rating }).success).toBe(false);
    expect(ReviewInputSchema.safeParse({ rating: 4, comment: 'ngon\u202Equá' }).success).toBe(false);
    expect(ReviewInputSchema.safeParse({ rating: 4, photo: '<script>' }).success).toBe(false);
    // Only a key `POST /photos` gave: not an address anyone could point at, nor a path.
    for (const photo of ['https://example.com/a.jpg', 'ab/cd1234.webp', 'ph_01JZ8Q4T6R0000000000000000.gif'])
      expect(ReviewInputSchema.safeParse({ rating: 4, photo }).success, photo).toBe(false);
  });
});

describe('answering and hiding', () => {
  const review: Review = reviewOrder(delivered, null, buyer(), input, JULY);

  it('the shop (its seller or helper) answers once', () => {
    const answered = answerReview(review, sellerOf(SHOP_A), 'Cảm ơn chị!', JULY);
    expect(answered).toMatchObject({ answer: 'Cảm ơn chị!', answeredAt: JULY });
    expect(answerReview(review, helperFor(SHOP_A), 'Cảm ơn!', JULY).answer).toBe('Cảm ơn!');
    expect(codeOf(() => answerReview(answered, sellerOf(SHOP_A), 'Lần nữa', JULY))).toBe(
      'review.already_answered',
    );
    expect(codeOf(() => answerReview(review, sellerOf(SHOP_B), 'Không phải', JULY))).toBe('review.forbidden');
    expect(codeOf(() => answerReview(review, buyer(), 'Tôi', JULY))).toBe('review.forbidden');
  });

  it("a helper or official of the shop's commune, or its province's official, hides an abusive review, once", () => {
    const commune = { code: '06325', provinceCode: '20' };
    const ofCommune = (role: string, communeCode = '06325') => ({
      role,
      oversight: { kind: 'commune' as const, communeCode },
    });
    const province = {
      role: 'province_official',
      oversight: { kind: 'province' as const, provinceCode: '20' },
    };
    expect(hideReview(review, ofCommune('helper'), commune, JULY).hiddenAt).toEqual(JULY);
    expect(hideReview(review, ofCommune('official'), commune, JULY).hiddenAt).toEqual(JULY);
    expect(hideReview(review, province, commune, JULY).hiddenAt).toEqual(JULY);
    // Another commune's people, another province's official, a seller or buyer (even one naming the commune).
    for (const moderator of [
      ofCommune('helper', '06349'),
      ofCommune('official', '06349'),
      { role: 'province_official', oversight: { kind: 'province' as const, provinceCode: '01' } },
      { role: 'official', oversight: { kind: 'none' as const } },
      ofCommune('seller'),
      ofCommune('buyer'),
    ])
      expect(
        codeOf(() => hideReview(review, moderator, commune, JULY)),
        JSON.stringify(moderator),
      ).toBe('review.forbidden');
    const hidden = hideReview(review, ofCommune('helper'), commune, JULY);
    expect(codeOf(() => hideReview(hidden, ofCommune('official'), commune, JULY))).toBe(
      'review.already_hidden',
    );
  });

  it("a shop's average from its totals reads the same as from its reviews", () => {
    expect(ratingOfTotals(0, 0)).toEqual({ average: null, count: 0 });
    expect(ratingOfTotals(13, 3)).toEqual({ average: 4.3, count: 3 });
    expect(ratingOfTotals(14, 3)).toEqual({ average: 4.7, count: 3 });
  });

  it("a shop's average and count leave hidden reviews out", () => {
    expect(shopRating([])).toEqual({ average: null, count: 0 });
    expect(
      shopRating([
        { rating: 5, hiddenAt: null },
        { rating: 4, hiddenAt: null },
        { rating: 4, hiddenAt: null },
        { rating: 1, hiddenAt: JULY },
      ]),
    ).toEqual({ average: 4.3, count: 3 });
  });
});
