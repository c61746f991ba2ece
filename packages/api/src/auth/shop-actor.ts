import type { Actor } from '@nongsan/domain';

/** A person acting for a shop: its household's seller or one of the household's helpers. */
export type ShopActor = Extract<Actor, { kind: 'seller' | 'helper' }>;
