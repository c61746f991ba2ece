import type { AppRouter } from '@nongsan/server';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** The signed-in person, as `auth.me` gives it. */
export type SignedInUser = NonNullable<Outputs['auth']['me']['user']>;
/** One of a helper's households, as `households.mine` lists it. */
export type HelperHousehold = Outputs['households']['mine'][number];
/** One line of a household's activity log. */
export type ActivityEntry = Outputs['households']['activity'][number];
