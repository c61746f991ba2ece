import * as z from 'zod';

/**
 * Who takes a step on the marketplace. The server builds an actor from the session; the domain decides what that
 * actor may do.
 * - `buyer`: a person ordering for themselves (acts on their own orders only);
 * - `seller`: a household member acting for their own household's shop (a shop's id is its household's id);
 * - `helper`: a tech-team member acting for the households assigned to them (`householdIds`); whatever a helper does
 *   is recorded as theirs, on behalf of the household;
 * - `system`: the scheduler (24-hour expiry) or the carrier's feed, never a person.
 */
export type Actor =
  | { readonly kind: 'buyer'; readonly userId: string }
  | { readonly kind: 'seller'; readonly userId: string; readonly householdId: string }
  | { readonly kind: 'helper'; readonly userId: string; readonly householdIds: readonly string[] }
  | { readonly kind: 'system' };

/** Who acts: a buyer, a seller (a household member), a helper of the tech team, or the system (timers, the post). */
export type ActorKind = Actor['kind'];
/** Every actor kind, in the order the authorization tables list them. */
export const ACTOR_KINDS: readonly ActorKind[] = ['buyer', 'seller', 'helper', 'system'];

const IdSchema = z.string().min(1).max(64);

/** An actor, parsed: `{ kind, userId }` plus the household(s) a seller or helper acts for. */
export const ActorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('buyer'), userId: IdSchema }),
  z.object({ kind: z.literal('seller'), userId: IdSchema, householdId: IdSchema }),
  z.object({ kind: z.literal('helper'), userId: IdSchema, householdIds: z.array(IdSchema).max(100) }),
  z.object({ kind: z.literal('system') }),
]);

/**
 * Whether the actor may act for a shop (household): its own seller, or a helper the household is assigned to.
 * Buyers and the system never act *for* a shop.
 */
export function actsForShop(actor: Actor, shopId: string): boolean {
  if (actor.kind === 'seller') return actor.householdId === shopId;
  if (actor.kind === 'helper') return actor.householdIds.includes(shopId);
  return false;
}

/**
 * What the history records about who acted: the user (null for the system) and, when a helper acted, the
 * household they acted for, so every step a helper takes is visible as theirs.
 */
export interface ActorRecord {
  readonly kind: ActorKind;
  readonly userId: string | null;
  readonly actingForHouseholdId: string | null;
}

/** The history's record of an actor taking a step on a shop's behalf (or on their own, for buyers). */
export function actorRecord(actor: Actor, shopId: string): ActorRecord {
  switch (actor.kind) {
    case 'system':
      return { kind: 'system', userId: null, actingForHouseholdId: null };
    case 'helper':
      return { kind: 'helper', userId: actor.userId, actingForHouseholdId: shopId };
    default:
      return { kind: actor.kind, userId: actor.userId, actingForHouseholdId: null };
  }
}
