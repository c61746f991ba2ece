import type { RouterOutputs } from '@nongsan/api';

/** The signed-in person, as `auth.me` gives it. */
export type SignedInUser = NonNullable<RouterOutputs['auth']['me']['user']>;
/** A listing of the household's shop, as `listings.mine` gives it. */
export type OwnListing = RouterOutputs['listings']['mine']['items'][number];
/** An order in the shop's inbox. */
export type InboxOrder = RouterOutputs['orders']['inbox']['orders'][number];
/** One month and product of the shop's sales. */
export type SalesRow = RouterOutputs['stats']['sales']['rows'][number];
