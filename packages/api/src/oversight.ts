import { DomainError, type Oversight, overseenCommune, oversees } from '@nongsan/domain';
import type { AuthedContext } from './actors.ts';
import { repositoriesFor } from './repositories/repositories.ts';

/**
 * What the signed-in person oversees: a commune official their commune, a province official their province, a
 * helper the commune of their tech team's village; anyone else nothing.
 */
export async function oversightOf(ctx: AuthedContext): Promise<Oversight> {
  const { user } = ctx;
  if (user.role === 'province_official' && user.provinceCode !== null)
    return { kind: 'province', provinceCode: user.provinceCode };
  if (user.role === 'official' && user.communeCode !== null)
    return { kind: 'commune', communeCode: user.communeCode };
  if (user.role === 'helper') {
    const repos = repositoriesFor(ctx.db);
    const me = await repos.users.findById(user.id);
    const commune = me?.villageId ? await repos.villages.communeOf(me.villageId) : undefined;
    if (commune) return { kind: 'commune', communeCode: commune.code };
  }
  return { kind: 'none' };
}

/**
 * The commune a read is about (the domain's `overseenCommune`): the one named if the caller oversees it, else
 * their own; FORBIDDEN for a commune out of reach, NOT_FOUND for one the deployment does not have.
 */
export async function overseenCommuneFor(ctx: AuthedContext, communeCode?: string): Promise<string> {
  const oversight = await oversightOf(ctx);
  if (communeCode === undefined) return overseenCommune(oversight, undefined);
  const commune = await repositoriesFor(ctx.db).communes.find(communeCode);
  return overseenCommune(oversight, { code: communeCode, commune });
}

/**
 * Checks the caller oversees the commune of a village: `places.unknown_village` (NOT_FOUND) for a village the
 * deployment does not have, `commune.forbidden` for one of a commune out of reach.
 */
export async function checkOverseesVillage(ctx: AuthedContext, villageId: string): Promise<void> {
  const commune = await repositoriesFor(ctx.db).villages.communeOf(villageId);
  if (!commune) throw new DomainError('places.unknown_village', { id: villageId }, ['villageId']);
  if (!oversees(await oversightOf(ctx), commune))
    throw new DomainError('commune.forbidden', { code: commune.code }, ['villageId']);
}
