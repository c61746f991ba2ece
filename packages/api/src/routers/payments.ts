import { HouseholdIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { actorFor } from '../actors.ts';
import { PaymentsService } from '../services/payments-service.ts';
import { authedProcedure, router } from '../trpc/init.ts';

const OrderRef = z.object({ orderId: z.string().min(1).max(64), householdId: HouseholdIdSchema.optional() });

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
});
