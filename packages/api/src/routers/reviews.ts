import {
  CommuneCodeSchema,
  HideReasonSchema,
  HouseholdIdSchema,
  RATINGS_PER_REQUEST,
  ReviewAnswerSchema,
  ReviewInputSchema,
} from '@nongsan/domain';
import * as z from 'zod';
import { actorFor } from '../actors.ts';
import { overseenCommuneFor, oversightOf } from '../oversight.ts';
import { PhotoStore } from '../photos/photo-store.ts';
import { ReviewsService } from '../services/reviews-service.ts';
import type { Context } from '../trpc/context.ts';
import { authedProcedure, publicProcedure, roleProcedure, router } from '../trpc/init.ts';
import { pageInput } from './page-input.ts';

const OrderIdSchema = z.string().min(1).max(64);

function reviews(ctx: Context): ReviewsService {
  return new ReviewsService(ctx, new PhotoStore(ctx.config.photosDir));
}

/** Ratings and reviews of delivered orders. */
export const reviewsRouter = router({
  /** The buyer of a delivered order rates it (1–5), once, with an optional comment and photo. */
  create: roleProcedure('buyer')
    .input(ReviewInputSchema.extend({ orderId: OrderIdSchema }))
    .mutation(async ({ ctx, input }) => {
      const { orderId, ...review } = input;
      return reviews(ctx).create(await actorFor(ctx), orderId, review);
    }),
  /** The shop (its seller or helper) answers a review once. */
  answer: roleProcedure('seller', 'helper')
    .input(
      z.object({
        householdId: HouseholdIdSchema.optional(),
        orderId: OrderIdSchema,
        answer: ReviewAnswerSchema,
      }),
    )
    .mutation(async ({ ctx, input }) =>
      reviews(ctx).answer(await actorFor(ctx, input.householdId), input.orderId, input.answer),
    ),
  /**
   * A tech-team helper or official of the shop's commune, or its province's official, hides an abusive review,
   * saying why (recorded in the audit log).
   */
  hide: roleProcedure('helper', 'official', 'province_official')
    .input(z.object({ orderId: OrderIdSchema, reason: HideReasonSchema }))
    .mutation(async ({ ctx, input }) =>
      reviews(ctx).hide(ctx.user, await oversightOf(ctx), input.orderId, input.reason),
    ),
  /**
   * The latest visible reviews of a commune's shops, a page at a time, for those who may hide one: its officials
   * and tech-team helpers (their own commune when left out), the province's official for any of its communes.
   */
  ofCommune: roleProcedure('official', 'province_official', 'helper')
    .input(z.object({ communeCode: CommuneCodeSchema.optional(), ...pageInput(20) }))
    .query(async ({ ctx, input }) => {
      const communeCode = await overseenCommuneFor(ctx, input.communeCode);
      return reviews(ctx).ofCommune(communeCode, { cursor: input.cursor, limit: input.limit });
    }),
  /** A shop's average and count of visible reviews and the latest of them: for its page and its listings. */
  forShop: publicProcedure
    .input(z.object({ shopId: HouseholdIdSchema }))
    .query(({ ctx, input }) => reviews(ctx).forShop(input.shopId)),
  /** The average and count of the shops of a page of listing cards (only shops with visible reviews are named). */
  ratings: publicProcedure
    .input(z.object({ shopIds: z.array(HouseholdIdSchema).min(1).max(RATINGS_PER_REQUEST) }))
    .query(({ ctx, input }) => reviews(ctx).ratingsOf(input.shopIds)),
  /** The review of an order, for its buyer and its shop. */
  ofOrder: authedProcedure
    .input(z.object({ householdId: HouseholdIdSchema.optional(), orderId: OrderIdSchema }))
    .query(async ({ ctx, input }) =>
      reviews(ctx).ofOrder(await actorFor(ctx, input.householdId), input.orderId),
    ),
});
