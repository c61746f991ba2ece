import { adminRouter } from './routers/admin.ts';
import { authRouter } from './routers/auth.ts';
import { catalogRouter } from './routers/catalog.ts';
import { communeRouter } from './routers/commune.ts';
import { complaintsRouter } from './routers/complaints.ts';
import { householdsRouter } from './routers/households.ts';
import { listingsRouter } from './routers/listings.ts';
import { ordersRouter } from './routers/orders.ts';
import { paymentsRouter } from './routers/payments.ts';
import { placesRouter } from './routers/places.ts';
import { provinceRouter } from './routers/province.ts';
import { pushRouter } from './routers/push.ts';
import { reviewsRouter } from './routers/reviews.ts';
import { shopRouter } from './routers/shop.ts';
import { statsRouter } from './routers/stats.ts';
import { router } from './trpc/init.ts';

/**
 * Every procedure of the API. Sub-routers live in `routers/<name>.ts`, one per area, and are merged here by name;
 * the names are part of the contract (the apps and `pnpm simulate --live` call them).
 */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  households: householdsRouter,
  catalog: catalogRouter,
  places: placesRouter,
  shop: shopRouter,
  listings: listingsRouter,
  // The orders side (brief F) adds its routers here, one line each:
  orders: ordersRouter,
  payments: paymentsRouter,
  reviews: reviewsRouter,
  complaints: complaintsRouter,
  stats: statsRouter,
  commune: communeRouter,
  push: pushRouter,
  province: provinceRouter,
});

export type AppRouter = typeof appRouter;
