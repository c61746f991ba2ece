import {
  HouseholdIdSchema,
  PaymentMethodSchema,
  TrackingCodeSchema,
  typedText,
  WeightAdjustmentSchema,
} from '@nongsan/domain';
import * as z from 'zod';
import { actingForHousehold, actorFor } from '../actors.ts';
import { OrdersService, PlaceOrdersRequestSchema } from '../services/orders-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { pageInput } from './page-input.ts';

const OrderIdSchema = z.string().min(1).max(64);
const ReasonSchema = typedText({ min: 3, max: 300 });
const sellerOrHelper = roleProcedure('seller', 'helper');
/** A step on an existing order: which order, and (for a helper) which household they act for. */
const OrderRef = z.object({ orderId: OrderIdSchema, householdId: HouseholdIdSchema.optional() });
/**
 * A step a seller may make without a signal and send later (apps/seller's queue): the key it was made with (sent
 * again, it is applied once) and the order's version it was made against (changed since: refused, saying what
 * happened).
 */
const SentLater = z.object({
  idempotencyKey: z.string().min(8).max(64).optional(),
  expectedVersion: z.number().int().min(1).optional(),
});
const StepRef = OrderRef.extend(SentLater.shape);
const sentLater = (input: z.infer<typeof SentLater>) => ({
  idempotencyKey: input.idempotencyKey,
  expectedVersion: input.expectedVersion,
});

/**
 * Orders. A seller learns of new orders by polling `inboxVersion` (a few bytes, one indexed query) every few
 * seconds with the app open and fetching `inbox` when it changes: plain HTTP that survives village mobile networks
 * and proxies better than a held-open stream.
 */
export const ordersRouter = router({
  place: roleProcedure('buyer')
    .input(PlaceOrdersRequestSchema)
    .mutation(({ ctx, input }) => new OrdersService(ctx).placeParsed(ctx.user.id, input)),

  /** A page of the buyer's orders, newest first. */
  mine: roleProcedure('buyer')
    .input(z.object(pageInput(20)).default({ limit: 20 }))
    .query(({ ctx, input }) => new OrdersService(ctx).mine(ctx.user.id, input)),

  get: authedProcedure.input(OrderRef).query(async ({ ctx, input }) => {
    const actor = await actorFor(ctx, input.householdId);
    return new OrdersService(ctx).get(actor, input.orderId);
  }),

  /** The orders awaiting confirmation (first page), then a page of the shop's other orders, newest first. */
  inbox: sellerOrHelper
    .input(z.object({ householdId: HouseholdIdSchema.optional(), ...pageInput(20) }).default({ limit: 20 }))
    .query(async ({ ctx, input }) => {
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      // The server's "now" with it: the app counts the 24 hours to confirm from it, not from the phone's clock.
      return {
        ...(await new OrdersService(ctx).inbox(householdId, input)),
        serverTime: ctx.clock.now().toISOString(),
      };
    }),

  inboxVersion: sellerOrHelper
    .input(z.object({ householdId: HouseholdIdSchema.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      return { version: await new OrdersService(ctx).inboxVersion(householdId) };
    }),

  confirm: sellerOrHelper.input(StepRef).mutation(async ({ ctx, input }) => {
    const actor = await actorFor(ctx, input.householdId);
    return new OrdersService(ctx).act(actor, input.orderId, { type: 'confirm' }, sentLater(input));
  }),

  handOver: sellerOrHelper
    .input(StepRef.extend({ trackingCode: TrackingCodeSchema }))
    .mutation(async ({ ctx, input }) => {
      const actor = await actorFor(ctx, input.householdId);
      return new OrdersService(ctx).act(
        actor,
        input.orderId,
        { type: 'hand_over', trackingCode: input.trackingCode },
        sentLater(input),
      );
    }),

  markDelivered: authedProcedure.input(StepRef).mutation(async ({ ctx, input }) => {
    const actor = await actorFor(ctx, input.householdId);
    return new OrdersService(ctx).act(actor, input.orderId, { type: 'deliver' }, sentLater(input));
  }),

  markDeliveryFailed: sellerOrHelper
    .input(StepRef.extend({ reason: ReasonSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const actor = await actorFor(ctx, input.householdId);
      return new OrdersService(ctx).act(
        actor,
        input.orderId,
        { type: 'fail_delivery', ...(input.reason === undefined ? {} : { reason: input.reason }) },
        sentLater(input),
      );
    }),

  /** The buyer before hand-over; the seller (or helper) with a reason. */
  cancel: authedProcedure
    .input(StepRef.extend({ reason: ReasonSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const actor = await actorFor(ctx, input.householdId);
      return new OrdersService(ctx).act(
        actor,
        input.orderId,
        { type: 'cancel', ...(input.reason === undefined ? {} : { reason: input.reason }) },
        sentLater(input),
      );
    }),

  adjustWeight: sellerOrHelper
    .input(StepRef.extend(WeightAdjustmentSchema.shape))
    .mutation(async ({ ctx, input }) => {
      const actor = await actorFor(ctx, input.householdId);
      return new OrdersService(ctx).adjustWeight(
        actor,
        input.orderId,
        { lineIndex: input.lineIndex, packedQuantity: input.packedQuantity },
        sentLater(input),
      );
    }),

  /** The buyer pays another way the shop accepts, while the order is unpaid and not yet with the post. */
  changePaymentMethod: roleProcedure('buyer')
    .input(z.object({ orderId: OrderIdSchema, paymentMethod: PaymentMethodSchema }))
    .mutation(async ({ ctx, input }) => {
      const actor = await actorFor(ctx);
      return new OrdersService(ctx).changePaymentMethod(actor, input.orderId, input.paymentMethod);
    }),

  markPaid: sellerOrHelper
    .input(OrderRef.extend({ amount: z.number().int().positive().max(10_000_000_000).optional() }))
    .mutation(async ({ ctx, input }) => {
      const actor = await actorFor(ctx, input.householdId);
      return new OrdersService(ctx).act(actor, input.orderId, {
        type: 'record_payment',
        ...(input.amount === undefined ? {} : { amount: input.amount }),
      });
    }),
});
