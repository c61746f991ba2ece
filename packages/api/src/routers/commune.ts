import { VillageIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { StatsService } from '../services/stats-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';

/** The commune's figures, for its officials and the tech teams. */
const communeReader = roleProcedure('official', 'helper');

export const communeRouter = router({
  /** Per village: households, shops, share against the 64% target, lead sellers, orders, kg, VND. */
  stats: communeReader.query(({ ctx }) => new StatsService(ctx).communeStats()),
  /** One village opened: its households' adoption stages, counted and one by one. */
  village: communeReader
    .input(z.object({ villageId: VillageIdSchema }))
    .query(({ ctx, input }) => new StatsService(ctx).village(input.villageId)),
  /** The same sales figures per village and month. */
  timeseries: communeReader.query(({ ctx }) => new StatsService(ctx).communeTimeseries()),
});
