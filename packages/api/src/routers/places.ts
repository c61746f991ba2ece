import { CommuneCodeSchema } from '@nongsan/domain';
import * as z from 'zod';
import { CommuneRepository } from '../repositories/commune-repository.ts';
import { VillageRepository } from '../repositories/village-repository.ts';
import { publicProcedure, router } from '../trpc/init.ts';

export const placesRouter = router({
  /** The villages (thôn) households register in: every one, or one commune's. */
  villages: publicProcedure
    .input(z.object({ communeCode: CommuneCodeSchema.optional() }).default({}))
    .query(({ ctx, input }) =>
      new VillageRepository(ctx.db).list(
        input.communeCode === undefined ? {} : { communeCode: input.communeCode },
      ),
    ),
  /** The communes where people live and sell on this deployment (those with villages), by name: buyers filter by them. */
  communes: publicProcedure.query(({ ctx }) => new CommuneRepository(ctx.db).listPeopled()),
});
