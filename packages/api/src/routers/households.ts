import { HouseholdIdSchema, PaymentAccountSchema, PhoneSchema, typedText } from '@nongsan/domain';
import * as z from 'zod';
import { actingForHousehold } from '../actors.ts';
import { oversightOf } from '../oversight.ts';
import { HouseholdService } from '../services/household-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';
import { PasswordSchema } from './auth.ts';
import { pageInput } from './page-input.ts';

const NameSchema = typedText({ min: 2, max: 80 });
const IdSchema = z.string().min(1).max(64);
/** A seller may leave it out (their own household); a helper must name the household they act for. */
const ActingFor = { householdId: HouseholdIdSchema.optional() };
const sellerOrHelper = roleProcedure('seller', 'helper');

export const householdsRouter = router({
  /** A helper's households with their adoption stage (a seller: their own). */
  mine: sellerOrHelper.query(({ ctx }) => new HouseholdService(ctx).mine(ctx.user)),

  /** A helper registers a household of their village and its first login; it is assigned to them. */
  register: roleProcedure('helper')
    .input(
      z.object({
        head: NameSchema,
        phone: PhoneSchema,
        password: PasswordSchema,
        displayName: NameSchema.nullable().default(null),
        isLead: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) => new HouseholdService(ctx).register(ctx.user, input)),

  /** The household's helper sets a new password for its login (the household forgot it). */
  resetPassword: roleProcedure('helper')
    .input(
      z.object({
        householdId: HouseholdIdSchema,
        userId: IdSchema.nullable().default(null),
        newPassword: PasswordSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      await new HouseholdService(ctx).resetPassword(ctx.user, householdId, input);
      return { ok: true as const };
    }),

  paymentAccounts: sellerOrHelper.input(z.object(ActingFor)).query(async ({ ctx, input }) => {
    const { householdId } = await actingForHousehold(ctx, input.householdId);
    return new HouseholdService(ctx).paymentAccounts(householdId);
  }),

  addPaymentAccount: sellerOrHelper
    .input(z.object({ ...ActingFor, account: PaymentAccountSchema, makeDefault: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return new HouseholdService(ctx).addPaymentAccount(actor, householdId, input);
    }),

  /**
   * A page of what was done for the household, by whom and when, newest first: the household sees its helper's
   * actions.
   */
  activity: sellerOrHelper
    .input(z.object({ ...ActingFor, ...pageInput(50) }))
    .query(async ({ ctx, input }) => {
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      return new HouseholdService(ctx).activity(householdId, input);
    }),

  /** An official of the household's commune (or of its province) hands the household to a helper of its village. */
  assignHelper: roleProcedure('official', 'province_official')
    .input(z.object({ householdId: HouseholdIdSchema, helperId: IdSchema }))
    .mutation(async ({ ctx, input }) =>
      new HouseholdService(ctx).assignHelper(
        ctx.user,
        await oversightOf(ctx),
        input.householdId,
        input.helperId,
      ),
    ),
});
