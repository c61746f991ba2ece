import { VillageRepository } from '../repositories/village-repository.ts';
import { publicProcedure, router } from '../trpc/init.ts';

export const placesRouter = router({
  /** The villages (thôn) households register in. */
  villages: publicProcedure.query(({ ctx }) => new VillageRepository(ctx.db).list()),
});
