import { type Actor, DomainError } from '@nongsan/domain';
import type { SessionUser } from './auth/session-user.ts';
import type { ShopActor } from './auth/shop-actor.ts';
import { HouseholdRepository } from './repositories/household-repository.ts';
import type { Context } from './trpc/context.ts';

/** A context whose user is signed in (what `authedProcedure` hands a resolver). */
export type AuthedContext = Context & { readonly user: SessionUser };

/**
 * The domain's `Actor` for the signed-in user: a buyer, a seller (their own household), or a helper carrying the
 * households assigned to them (read from the database now, so an assignment ended a second ago no longer counts).
 * When a household is named, the actor must be allowed to act for it: a seller only for their own, a helper only
 * for one assigned to them (`household.forbidden`, FORBIDDEN). Officials act on no shop: `auth.forbidden`.
 */
export async function actorFor(ctx: AuthedContext, householdId?: string | null): Promise<Actor> {
  const { user } = ctx;
  switch (user.role) {
    case 'buyer':
      return { kind: 'buyer', userId: user.id };
    case 'seller': {
      if (user.householdId === null) throw new DomainError('auth.forbidden', { role: user.role });
      if (householdId != null && householdId !== user.householdId) {
        throw new DomainError('household.forbidden', { householdId }, ['householdId']);
      }
      return { kind: 'seller', userId: user.id, householdId: user.householdId };
    }
    case 'helper': {
      const householdIds = await new HouseholdRepository(ctx.db).idsAssignedTo(user.id);
      if (householdId != null && !householdIds.includes(householdId)) {
        throw new DomainError('household.forbidden', { householdId }, ['householdId']);
      }
      return { kind: 'helper', userId: user.id, householdIds };
    }
    default:
      throw new DomainError('auth.forbidden', { role: user.role });
  }
}

/** Who acts, and for which household: what a change to a household's things needs, and what the audit log records. */
export interface HouseholdAction {
  readonly actor: ShopActor;
  readonly householdId: string;
}

/**
 * The household a seller or helper acts for in a change: a seller's own (naming another is FORBIDDEN); a helper
 * must name it (`auth.household_required`) and have it assigned (`household.forbidden`).
 */
export async function actingForHousehold(
  ctx: AuthedContext,
  householdId: string | null | undefined,
): Promise<HouseholdAction> {
  if (ctx.user.role === 'helper' && (householdId === undefined || householdId === null)) {
    throw new DomainError('auth.household_required', {}, ['householdId']);
  }
  const actor = await actorFor(ctx, householdId);
  if (actor.kind === 'seller') return { actor, householdId: actor.householdId };
  if (actor.kind === 'helper' && householdId) return { actor, householdId };
  throw new DomainError('auth.forbidden', { role: ctx.user.role });
}
