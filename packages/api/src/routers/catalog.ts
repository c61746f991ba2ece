import { harvestMonths, PRODUCTS, seasonStatus, toLocalDate } from '@nongsan/domain';
import { publicProcedure, router } from '../trpc/init.ts';

export const catalogRouter = router({
  /** The products, each with where its season stands today. */
  products: publicProcedure.query(({ ctx }) => {
    const now = ctx.clock.now();
    return PRODUCTS.map((product) => ({ ...product, season: seasonStatus(product, now) }));
  }),
  /** The harvest calendar: for each product, its harvest months and selling window around today. */
  seasons: publicProcedure.query(({ ctx }) => {
    const now = ctx.clock.now();
    return {
      today: toLocalDate(now),
      products: PRODUCTS.map((product) => ({
        productId: product.id,
        name: product.name,
        icon: product.icon,
        harvest: product.harvest,
        harvestMonths: harvestMonths(product),
        ...seasonStatus(product, now),
      })),
    };
  }),
});
