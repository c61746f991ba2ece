import { DomainError } from '@nongsan/domain';
import { ProvinceService } from '../services/province-service.ts';
import { roleProcedure, router } from '../trpc/init.ts';

export const provinceRouter = router({
  /**
   * The province official's overview of their province: adoption per commune against the target, sales by month,
   * the communes gone idle after the harvest; from the pre-aggregated figures.
   */
  overview: roleProcedure('province_official').query(({ ctx }) => {
    if (ctx.user.provinceCode === null) throw new DomainError('commune.forbidden', { code: '' });
    return new ProvinceService(ctx).overview(ctx.user.provinceCode);
  }),
});
