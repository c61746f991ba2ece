import { HouseholdIdSchema, ShopNameSchema, ShopStatusSchema, typedText } from '@nongsan/domain';
import * as z from 'zod';
import { actingForHousehold } from '../actors.ts';
import { ShopService } from '../services/shop-service.ts';
import { publicProcedure, roleProcedure, router } from '../trpc/init.ts';

const DescriptionSchema = typedText({ max: 1000 });

export const shopRouter = router({
  /** A household opens its shop; a helper may do it for a household assigned to them (and the log says so). */
  open: roleProcedure('seller', 'helper')
    .input(
      z.object({
        householdId: HouseholdIdSchema.optional(),
        name: ShopNameSchema.nullable().default(null),
        description: DescriptionSchema.default(''),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return new ShopService(ctx).open(actor, householdId, input);
    }),
  get: publicProcedure
    .input(z.object({ shopId: HouseholdIdSchema }))
    .query(({ ctx, input }) => new ShopService(ctx).get(input.shopId)),
  /** The shop's page for buyers: its listings in season, village, harvest calendar and how to call or Zalo it. */
  storefront: publicProcedure
    .input(z.object({ shopId: HouseholdIdSchema }))
    .query(({ ctx, input }) => new ShopService(ctx).storefront(input.shopId)),
  update: roleProcedure('seller', 'helper')
    .input(
      z.object({
        householdId: HouseholdIdSchema.optional(),
        name: ShopNameSchema.optional(),
        description: DescriptionSchema.optional(),
        status: ShopStatusSchema.optional(),
        acceptsCashOnDelivery: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return new ShopService(ctx).update(actor, householdId, input);
    }),
});
