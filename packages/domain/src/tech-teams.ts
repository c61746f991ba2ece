import * as z from 'zod';
import { DomainError, type Problem, problem } from './errors.ts';
import type { HouseholdId } from './households.ts';
import type { VillageId } from './places.ts';

/**
 * A village's community technology team (tổ công nghệ cộng đồng): a few people of the village (village head,
 * youth-union secretary, …) who each look after some households — register them, open their shop and payment
 * account, visit those far from the centre, help them buy and sell.
 */

/** The rules a team is held to. A scenario may change them (double the team, lighten each member's load). */
export interface TeamLimits {
  readonly minMembers: number;
  readonly maxMembers: number;
  /** How many households one member looks after at most. */
  readonly maxHouseholdsPerMember: number;
}

/** Long Đống 2021: 5–7 members per village, each looking after about 10 households. */
export const DEFAULT_TEAM_LIMITS: TeamLimits = { minMembers: 5, maxMembers: 7, maxHouseholdsPerMember: 10 };

/** Team limits, parsed: whole numbers, at least as many members allowed as required. */
export const TeamLimitsSchema = z
  .object({
    minMembers: z.number().int().min(1).max(100),
    maxMembers: z.number().int().min(1).max(100),
    maxHouseholdsPerMember: z.number().int().min(1).max(1000),
  })
  .refine((l) => l.minMembers <= l.maxMembers, { ...problem('team.limits_inverted'), path: ['maxMembers'] });

/** A team member's id, as the caller stores it. */
export type TeamMemberId = string;

/** A member of a village's community technology team. */
export interface TeamMember {
  readonly id: TeamMemberId;
  readonly name: string;
  /** What they are in the village: "Trưởng thôn", "Bí thư chi đoàn"… */
  readonly role?: string;
}

/**
 * A village's team: its members and who looks after which household. `assignments` maps a household to its one
 * helper; a household absent from it has no helper yet.
 */
export interface TechTeam {
  readonly villageId: VillageId;
  readonly members: readonly TeamMember[];
  readonly assignments: ReadonlyMap<HouseholdId, TeamMemberId>;
}

/** What the assignment rules need to know of a household. */
export interface HouseholdRef {
  readonly id: HouseholdId;
  readonly villageId: VillageId;
}

function requireUniqueMembers(members: readonly TeamMember[]): void {
  const seen = new Set<TeamMemberId>();
  members.forEach((member, index) => {
    if (seen.has(member.id))
      throw new DomainError('team.duplicate_member', { member: member.id }, ['members', index]);
    seen.add(member.id);
  });
}

/**
 * A new team with no household assigned. Its size must be within the limits (`team.too_small`, `team.too_big`)
 * and member ids unique (`team.duplicate_member`).
 */
export function createTeam(
  villageId: VillageId,
  members: readonly TeamMember[],
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
): TechTeam {
  requireUniqueMembers(members);
  if (members.length < limits.minMembers)
    throw new DomainError('team.too_small', { size: members.length, min: limits.minMembers }, ['members']);
  if (members.length > limits.maxMembers)
    throw new DomainError('team.too_big', { size: members.length, max: limits.maxMembers }, ['members']);
  return { villageId, members: [...members], assignments: new Map() };
}

function requireMember(team: TechTeam, memberId: TeamMemberId): TeamMember {
  const member = team.members.find((m) => m.id === memberId);
  if (!member) throw new DomainError('team.unknown_member', { member: memberId }, ['memberId']);
  return member;
}

/** The team with one more member (`team.too_big` past the maximum). */
export function addMember(
  team: TechTeam,
  member: TeamMember,
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
): TechTeam {
  const members = [...team.members, member];
  requireUniqueMembers(members);
  if (members.length > limits.maxMembers)
    throw new DomainError('team.too_big', { size: members.length, max: limits.maxMembers }, ['members']);
  return { ...team, members };
}

/**
 * The team without a member; the households they looked after are left without a helper, to be assigned again.
 * `team.too_small` below the minimum (replace the member first).
 */
export function removeMember(
  team: TechTeam,
  memberId: TeamMemberId,
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
): TechTeam {
  requireMember(team, memberId);
  const members = team.members.filter((m) => m.id !== memberId);
  if (members.length < limits.minMembers)
    throw new DomainError('team.too_small', { size: members.length, min: limits.minMembers }, ['members']);
  const assignments = new Map([...team.assignments].filter(([, helper]) => helper !== memberId));
  return { ...team, members, assignments };
}

/** The helper of a household, or undefined when it has none yet. */
export function helperOf(team: TechTeam, householdId: HouseholdId): TeamMemberId | undefined {
  return team.assignments.get(householdId);
}

/** The households a member looks after, in the order they were assigned. */
export function householdsOf(team: TechTeam, memberId: TeamMemberId): HouseholdId[] {
  const households: HouseholdId[] = [];
  for (const [household, helper] of team.assignments) if (helper === memberId) households.push(household);
  return households;
}

/** How many more households a member can take. */
export function capacityLeft(
  team: TechTeam,
  memberId: TeamMemberId,
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
): number {
  return Math.max(0, limits.maxHouseholdsPerMember - householdsOf(team, memberId).length);
}

/** The member with the fewest households who can still take one (the first in team order on a tie), if any. */
export function availableMember(
  team: TechTeam,
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
): TeamMemberId | undefined {
  const load = new Map<TeamMemberId, number>(team.members.map((m) => [m.id, 0]));
  for (const helper of team.assignments.values()) load.set(helper, (load.get(helper) ?? 0) + 1);
  let best: TeamMemberId | undefined;
  let bestLoad = Number.POSITIVE_INFINITY;
  for (const member of team.members) {
    const n = load.get(member.id) ?? 0;
    if (n < limits.maxHouseholdsPerMember && n < bestLoad) {
      best = member.id;
      bestLoad = n;
    }
  }
  return best;
}

/**
 * Give a household a helper. The household must live in the team's village (`team.other_village`), have no other
 * helper (`team.household_has_helper`; unassign it first to move it), and the member must have room
 * (`team.member_full`). Assigning a household to the helper it already has changes nothing. Returns a new team.
 */
export function assignHousehold(
  team: TechTeam,
  household: HouseholdRef,
  memberId: TeamMemberId,
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
): TechTeam {
  requireMember(team, memberId);
  if (household.villageId !== team.villageId) {
    throw new DomainError(
      'team.other_village',
      { household: household.id, village: household.villageId, teamVillage: team.villageId },
      ['householdId'],
    );
  }
  const current = team.assignments.get(household.id);
  if (current === memberId) return team;
  if (current !== undefined) {
    throw new DomainError('team.household_has_helper', { household: household.id, helper: current }, [
      'householdId',
    ]);
  }
  if (capacityLeft(team, memberId, limits) === 0) {
    throw new DomainError(
      'team.member_full',
      { member: memberName(team, memberId), max: limits.maxHouseholdsPerMember },
      ['memberId'],
    );
  }
  const assignments = new Map(team.assignments);
  assignments.set(household.id, memberId);
  return { ...team, assignments };
}

/** The household left without a helper (nothing changes if it had none). Returns a new team. */
export function unassignHousehold(team: TechTeam, householdId: HouseholdId): TechTeam {
  if (!team.assignments.has(householdId)) return team;
  const assignments = new Map(team.assignments);
  assignments.delete(householdId);
  return { ...team, assignments };
}

/**
 * Every way a team breaks its limits, as problems (empty when it keeps them): size, duplicate members, helpers who
 * are not members, members over capacity, and — when the households are given — households of another village.
 * Use it on a team read from storage or after the limits changed; the functions above keep a team valid.
 */
export function validateTeam(
  team: TechTeam,
  limits: TeamLimits = DEFAULT_TEAM_LIMITS,
  households?: readonly HouseholdRef[],
): Problem[] {
  const problems: Problem[] = [];
  const size = team.members.length;
  if (size < limits.minMembers)
    problems.push({ code: 'team.too_small', path: ['members'], params: { size, min: limits.minMembers } });
  if (size > limits.maxMembers)
    problems.push({ code: 'team.too_big', path: ['members'], params: { size, max: limits.maxMembers } });
  const ids = new Set<TeamMemberId>();
  team.members.forEach((member, index) => {
    if (ids.has(member.id))
      problems.push({
        code: 'team.duplicate_member',
        path: ['members', index],
        params: { member: member.id },
      });
    ids.add(member.id);
  });
  const load = new Map<TeamMemberId, number>();
  for (const [household, helper] of team.assignments) {
    if (!ids.has(helper))
      problems.push({
        code: 'team.unknown_member',
        path: ['assignments', household],
        params: { member: helper },
      });
    load.set(helper, (load.get(helper) ?? 0) + 1);
  }
  for (const [member, count] of load) {
    if (ids.has(member) && count > limits.maxHouseholdsPerMember)
      problems.push({
        code: 'team.member_full',
        path: ['assignments'],
        params: { member: memberName(team, member), max: limits.maxHouseholdsPerMember },
      });
  }
  for (const household of households ?? []) {
    if (team.assignments.has(household.id) && household.villageId !== team.villageId)
      problems.push({
        code: 'team.other_village',
        path: ['assignments', household.id],
        params: { household: household.id, village: household.villageId, teamVillage: team.villageId },
      });
  }
  return problems;
}

/** How a member is named in a message: by name, as the people of the village know them (the id if unknown). */
function memberName(team: Pick<TechTeam, 'members'>, memberId: TeamMemberId): string {
  return team.members.find((m) => m.id === memberId)?.name ?? memberId;
}
