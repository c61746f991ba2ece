import { CommuneCodeSchema, VillageIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { checkOverseesVillage, overseenCommuneFor, oversightOf } from '../oversight.ts';
import { CommuneRepository } from '../repositories/commune-repository.ts';
import { StatsService } from '../services/stats-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';
import { pageInput } from './page-input.ts';

/**
 * A commune's figures, for its officials and tech teams, and for the province's officials (who name the commune).
 * Anyone else's commune is FORBIDDEN.
 */
const communeReader = roleProcedure('official', 'province_official', 'helper');
/** Which commune: the caller's own when left out (a province official must name one). */
const WhichCommune = z.object({ communeCode: CommuneCodeSchema.optional() }).default({});

export const communeRouter = router({
  /** The communes the caller oversees, by name: their own, or every commune of the province. */
  list: communeReader.query(async ({ ctx }) => {
    const oversight = await oversightOf(ctx);
    const repo = new CommuneRepository(ctx.db);
    if (oversight.kind === 'province') return repo.list({ provinceCode: oversight.provinceCode });
    if (oversight.kind === 'commune') {
      const own = await repo.find(oversight.communeCode);
      return own ? [own] : [];
    }
    return [];
  }),
  /** Per village: households, shops, share against the 64% target, lead sellers, orders, kg, VND. */
  stats: communeReader.input(WhichCommune).query(async ({ ctx, input }) => {
    const communeCode = await overseenCommuneFor(ctx, input.communeCode);
    return new StatsService(ctx).communeStats(communeCode);
  }),
  /** One village opened: its households' adoption stages counted, and a page of its households by head's name. */
  village: communeReader
    .input(z.object({ villageId: VillageIdSchema, ...pageInput(50) }))
    .query(async ({ ctx, input }) => {
      await checkOverseesVillage(ctx, input.villageId);
      return new StatsService(ctx).village(input.villageId, input);
    }),
  /** The same sales figures per village and month. */
  timeseries: communeReader.input(WhichCommune).query(async ({ ctx, input }) => {
    const communeCode = await overseenCommuneFor(ctx, input.communeCode);
    return new StatsService(ctx).communeTimeseries(communeCode);
  }),
});
