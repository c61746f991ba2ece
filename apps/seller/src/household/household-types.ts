import type { AppRouter } from '@nongsan/server';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** The signed-in person, as `auth.me` gives it. */
export type SignedInUser = NonNullable<Outputs['auth']['me']['user']>;
/** A listing of the household's shop, as `listings.mine` gives it. */
export type OwnListing = Outputs['listings']['mine'][number];
/** An order in the shop's inbox. */
export type InboxOrder = Outputs['orders']['inbox']['orders'][number];
/** One month and product of the shop's sales. */
export type SalesRow = Outputs['stats']['sales']['rows'][number];
