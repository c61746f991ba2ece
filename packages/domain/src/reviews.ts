import * as z from 'zod';
import { type Actor, actsForShop } from './actors.ts';
import { PHOTO_KEY_PATTERN } from './buyer-photos.ts';
import { DomainError, problem } from './errors.ts';
import type { Order } from './order.ts';
import { type OverseenCommune, type Oversight, oversees } from './oversight.ts';
import { typedText } from './typed-text.ts';

/*
 * Ratings and reviews. The buyer of a delivered order rates it once (1 to 5 stars, optionally a comment and a
 * photo); the shop may answer once; a tech-team helper or official of the shop's commune, or its province's
 * official, may hide an abusive review (the audit log records who and why). A shop shows the average and count of its visible reviews.
 */

/** How many stars a review may give. */
export const REVIEW_STARS = { min: 1, max: 5 } as const;

/** A photo of what arrived: the key `POST /photos` gave the buyer (only theirs may be attached: `attachBuyerPhoto`). */
const ReviewPhotoSchema = z
  .string()
  .max(300)
  .refine((s) => PHOTO_KEY_PATTERN.test(s), problem('review.photo_invalid'));

/** What a buyer sends to review an order. */
export const ReviewInputSchema = z.object({
  rating: z
    .number()
    .int()
    .refine((n) => n >= REVIEW_STARS.min && n <= REVIEW_STARS.max, problem('review.rating_out_of_range')),
  comment: typedText({ max: 1000 }).optional(),
  photo: ReviewPhotoSchema.optional(),
});
/** A review as a buyer sends it (see `ReviewInputSchema`). */
export type ReviewInput = z.input<typeof ReviewInputSchema>;

/** The shop's one answer to a review. */
export const ReviewAnswerSchema = typedText({ min: 2, max: 1000 });
/** Why a helper or official hides a review. */
export const HideReasonSchema = typedText({ min: 3, max: 300 });

/** A review as the domain reasons about it. */
export interface Review {
  readonly orderId: string;
  readonly shopId: string;
  readonly buyerId: string;
  readonly rating: number;
  readonly comment: string | null;
  readonly photo: string | null;
  readonly createdAt: Date;
  readonly answer: string | null;
  readonly answeredAt: Date | null;
  readonly hiddenAt: Date | null;
}

/**
 * The buyer's review of their order, decided: only the order's buyer (`review.forbidden`), only once it was
 * delivered (`review.not_delivered`), only once (`review.already_reviewed`).
 */
export function reviewOrder(
  order: Pick<Order, 'id' | 'shopId' | 'buyerId' | 'status'>,
  existing: Review | null,
  actor: Actor,
  input: z.output<typeof ReviewInputSchema>,
  now: Date,
): Review {
  if (actor.kind !== 'buyer' || actor.userId !== order.buyerId)
    throw new DomainError('review.forbidden', {}, ['orderId']);
  if (order.status !== 'delivered' && order.status !== 'completed')
    throw new DomainError('review.not_delivered', { status: order.status }, ['orderId']);
  if (existing !== null) throw new DomainError('review.already_reviewed', {}, ['orderId']);
  return {
    orderId: order.id,
    shopId: order.shopId,
    buyerId: order.buyerId,
    rating: input.rating,
    comment: input.comment ?? null,
    photo: input.photo ?? null,
    createdAt: now,
    answer: null,
    answeredAt: null,
    hiddenAt: null,
  };
}

/** The shop answers a review: its seller or helper (`review.forbidden`), once (`review.already_answered`). */
export function answerReview(review: Review, actor: Actor, answer: string, now: Date): Review {
  if (!actsForShop(actor, review.shopId)) throw new DomainError('review.forbidden', {}, ['orderId']);
  if (review.answer !== null) throw new DomainError('review.already_answered', {}, ['answer']);
  return { ...review, answer, answeredAt: now };
}

/** Someone who moderates reviews: their role and what they oversee (a commune, a province or nothing). */
export interface Moderator {
  readonly role: string;
  readonly oversight: Oversight;
}

/**
 * Who may hide an abusive review of a shop: a tech-team helper or official of the shop's commune, or an official
 * of its province. Nobody from another commune, and no seller or buyer.
 */
export function mayHideReviews(moderator: Moderator, shopCommune: OverseenCommune): boolean {
  const { role } = moderator;
  if (role !== 'helper' && role !== 'official' && role !== 'province_official') return false;
  return oversees(moderator.oversight, shopCommune);
}

/**
 * A moderator hides a review of a shop in `shopCommune` (`review.forbidden` for anyone `mayHideReviews` refuses,
 * `review.already_hidden` twice).
 */
export function hideReview(
  review: Review,
  moderator: Moderator,
  shopCommune: OverseenCommune,
  now: Date,
): Review {
  if (!mayHideReviews(moderator, shopCommune)) throw new DomainError('review.forbidden', {}, ['orderId']);
  if (review.hiddenAt !== null) throw new DomainError('review.already_hidden', {}, ['orderId']);
  return { ...review, hiddenAt: now };
}

/** A shop's rating from the totals of its visible reviews: the average to one decimal (null with none) and the count. */
export function ratingOfTotals(
  stars: number,
  count: number,
): { readonly average: number | null; readonly count: number } {
  if (count === 0) return { average: null, count: 0 };
  return { average: Math.round((stars / count) * 10) / 10, count };
}

/** A shop's rating: the average of its visible reviews to one decimal (null with none), and how many there are. */
export function shopRating(reviews: readonly Pick<Review, 'rating' | 'hiddenAt'>[]): {
  readonly average: number | null;
  readonly count: number;
} {
  const shown = reviews.filter((r) => r.hiddenAt === null);
  return ratingOfTotals(
    shown.reduce((total, r) => total + r.rating, 0),
    shown.length,
  );
}

/** How many shops one request may ask the ratings of (a page of listing cards). */
export const RATINGS_PER_REQUEST = 50;
