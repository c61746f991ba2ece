import {
  ComplaintAnswerSchema,
  ComplaintInputSchema,
  HouseholdIdSchema,
  RefundAmountSchema,
} from '@nongsan/domain';
import * as z from 'zod';
import { actingForHousehold, actorFor } from '../actors.ts';
import { PhotoStore } from '../photos/photo-store.ts';
import { ComplaintsService } from '../services/complaints-service.ts';
import type { Context } from '../trpc/context.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';

const OrderIdSchema = z.string().min(1).max(64);
/** A seller may leave the household out (their own); a helper names the household they act for. */
const OrderRef = { householdId: HouseholdIdSchema.optional(), orderId: OrderIdSchema };
const sellerOrHelper = roleProcedure('seller', 'helper');

function complaints(ctx: Context): ComplaintsService {
  return new ComplaintsService(ctx, new PhotoStore(ctx.config.photosDir));
}

/** Complaints about delivered orders and their refunds. */
export const complaintsRouter = router({
  /** The buyer reports a problem with a delivered order, within 48 hours, once (photos, a note, a refund account). */
  file: roleProcedure('buyer')
    .input(z.object({ orderId: OrderIdSchema, complaint: ComplaintInputSchema }))
    .mutation(async ({ ctx, input }) =>
      complaints(ctx).file(await actorFor(ctx), input.orderId, input.complaint),
    ),
  /** The shop (its seller or helper) accepts with a refund in whole đồng, at most what the buyer paid. */
  accept: sellerOrHelper
    .input(z.object({ ...OrderRef, amount: RefundAmountSchema }))
    .mutation(async ({ ctx, input }) =>
      complaints(ctx).accept(await actorFor(ctx, input.householdId), input.orderId, input.amount),
    ),
  /** The shop declines, saying why. */
  decline: sellerOrHelper
    .input(z.object({ ...OrderRef, reason: ComplaintAnswerSchema }))
    .mutation(async ({ ctx, input }) =>
      complaints(ctx).decline(await actorFor(ctx, input.householdId), input.orderId, input.reason),
    ),
  /** The shop paid the accepted refund back (the transfer sent, or the cash handed over). */
  markRefundPaid: sellerOrHelper
    .input(z.object(OrderRef))
    .mutation(async ({ ctx, input }) =>
      complaints(ctx).markRefundPaid(await actorFor(ctx, input.householdId), input.orderId),
    ),
  /** The VietQR code of an accepted transfer refund, to the buyer's account, for the shop to pay. */
  refundQr: sellerOrHelper
    .input(z.object(OrderRef))
    .query(async ({ ctx, input }) =>
      complaints(ctx).refundQr(await actorFor(ctx, input.householdId), input.orderId),
    ),
  /** An order's complaint for its buyer and its shop; for the buyer, whether one may be filed now. */
  ofOrder: authedProcedure
    .input(z.object(OrderRef))
    .query(async ({ ctx, input }) =>
      complaints(ctx).ofOrder(await actorFor(ctx, input.householdId), input.orderId),
    ),
  /** A shop's complaints, newest first (the seller's inbox list). */
  inbox: sellerOrHelper
    .input(z.object({ householdId: HouseholdIdSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return complaints(ctx).forShop(actor, householdId);
    }),
  /** The escalated, unsettled complaints of the helper's village (the tech team's list). */
  escalated: roleProcedure('helper')
    .input(z.object({}))
    .query(async ({ ctx }) => complaints(ctx).escalatedForHelper(ctx.user, await actorFor(ctx))),
});
