import { typedText, VillageIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { HouseholdService } from '../services/household-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';

export const adminRouter = router({
  /**
   * An official appoints a login (a buyer's, or an existing helper's or official's) as a helper of a village's
   * tech team, within its size limit, or as an official.
   */
  appoint: roleProcedure('official')
    .input(
      z.object({
        userId: z.string().min(1).max(64),
        role: z.enum(['helper', 'official']),
        villageId: VillageIdSchema.nullable().default(null),
        teamRole: typedText({ min: 2, max: 60 }).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await new HouseholdService(ctx).appoint(ctx.user, input);
      return { ok: true as const };
    }),
});
