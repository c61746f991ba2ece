import { HouseholdIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { actingForHousehold } from '../actors.ts';
import { StatsService } from '../services/stats-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';

export const statsRouter = router({
  /** A seller's (or, for a helper, a household's) orders, kg and VND by product and month. */
  sales: roleProcedure('seller', 'helper')
    .input(z.object({ householdId: HouseholdIdSchema.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      return new StatsService(ctx).sales(householdId);
    }),
});
