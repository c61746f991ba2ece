import type { RouterOutputs } from '@nongsan/api';

/** The signed-in person, as `auth.me` gives it. */
export type SignedInUser = NonNullable<RouterOutputs['auth']['me']['user']>;
/** One of a helper's households, as `households.mine` lists it. */
export type HelperHousehold = RouterOutputs['households']['mine'][number];
/** One line of a household's activity log. */
export type ActivityEntry = RouterOutputs['households']['activity']['items'][number];
