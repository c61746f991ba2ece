import { HouseholdIdSchema, SettleNoteSchema } from '@nongsan/domain';
import * as z from 'zod';
import { actingForHousehold, actorFor } from '../actors.ts';
import { BankTransfersService } from '../services/bank-transfers-service.ts';
import { PaymentsService } from '../services/payments-service.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';

const IdSchema = z.string().min(1).max(64);
const OrderRef = z.object({ orderId: IdSchema, householdId: HouseholdIdSchema.optional() });
/** A seller may leave it out (their own household); a helper must name the household they act for. */
const ActingFor = { householdId: HouseholdIdSchema.optional() };
const sellerOrHelper = roleProcedure('seller', 'helper');

export const paymentsRouter = router({
  /** The VietQR payload for an order paid by bank transfer, to the seller's own account. */
  vietQr: authedProcedure.input(OrderRef).query(async ({ ctx, input }) => {
    const actor = await actorFor(ctx, input.householdId);
    return new PaymentsService(ctx).vietQr(actor, input.orderId);
  }),
  /** The shop's e-wallet, the amount and the reference, for an order paid from an e-wallet app. */
  eWallet: authedProcedure.input(OrderRef).query(async ({ ctx, input }) => {
    const actor = await actorFor(ctx, input.householdId);
    return new PaymentsService(ctx).eWallet(actor, input.orderId);
  }),
  /**
   * The transfers the bank-notification service reported to the shop's linked accounts, newest first: those that
   * paid an order by themselves, and those kept for the seller to settle by hand (`needsSettling`).
   */
  transfers: sellerOrHelper.input(z.object(ActingFor)).query(async ({ ctx, input }) => {
    const { householdId } = await actingForHousehold(ctx, input.householdId);
    return new BankTransfersService(ctx).list(householdId);
  }),
  /** The seller settles a kept transfer by hand (refunded, taken as paid, found whose it is), with a note. */
  settleTransfer: sellerOrHelper
    .input(z.object({ ...ActingFor, transferId: IdSchema, note: SettleNoteSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return new BankTransfersService(ctx).settle(actor, householdId, input.transferId, input.note);
    }),
  /** Links one of the household's bank accounts to the bank-notification service, or unlinks it. */
  linkBankFeed: sellerOrHelper
    .input(z.object({ ...ActingFor, accountId: IdSchema, linked: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return new BankTransfersService(ctx).linkBankFeed(actor, householdId, input.accountId, input.linked);
    }),
});
