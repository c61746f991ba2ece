import { CommuneCodeSchema, ProvinceCodeSchema, typedText, VillageIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { oversightOf } from '../oversight.ts';
import { HouseholdService } from '../services/household-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';

export const adminRouter = router({
  /**
   * An official appoints a login (a buyer's, or an existing helper's or official's) as a helper of a village's
   * tech team, within its size limit, as an official of a commune, or (a province official only) as a province
   * official. A commune official appoints in their commune alone (the domain's `checkAppointment`).
   */
  appoint: roleProcedure('official', 'province_official')
    .input(
      z.object({
        userId: z.string().min(1).max(64),
        role: z.enum(['helper', 'official', 'province_official']),
        villageId: VillageIdSchema.nullable().default(null),
        /** For an official: the commune (a commune official appointing leaves it out: their own). */
        communeCode: CommuneCodeSchema.nullable().default(null),
        /** For a province official: the province (leave out: the appointer's own). */
        provinceCode: ProvinceCodeSchema.nullable().default(null),
        teamRole: typedText({ min: 2, max: 60 }).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await new HouseholdService(ctx).appoint(ctx.user, await oversightOf(ctx), input);
      return { ok: true as const };
    }),
  /** An official adds a village to a commune within their reach (the domain's place data names only Long Đống's). */
  addVillage: roleProcedure('official', 'province_official')
    .input(z.object({ communeCode: CommuneCodeSchema, name: typedText({ min: 2, max: 60 }) }))
    .mutation(async ({ ctx, input }) =>
      new HouseholdService(ctx).addVillage(ctx.user, await oversightOf(ctx), input),
    ),
});
