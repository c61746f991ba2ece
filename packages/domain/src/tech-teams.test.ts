import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../test/domain-error.ts';
import { isDomainError, parseInput } from './errors.ts';
import {
  addMember,
  assignHousehold,
  availableMember,
  capacityLeft,
  createTeam,
  DEFAULT_TEAM_LIMITS,
  type HouseholdRef,
  helperOf,
  householdsOf,
  removeMember,
  type TeamLimits,
  TeamLimitsSchema,
  type TechTeam,
  unassignHousehold,
  validateTeam,
} from './tech-teams.ts';

const VILLAGE = 'long-dong:an-ninh-1';
const members = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, name: `Thành viên ${i + 1}` }));
const households = (n: number, villageId = VILLAGE): HouseholdRef[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${villageId}/h${i + 1}`, villageId }));

describe('team size', () => {
  it('has 5 to 7 members by default', () => {
    expect(createTeam(VILLAGE, members(5)).members).toHaveLength(5);
    expect(createTeam(VILLAGE, members(7)).members).toHaveLength(7);
    expect(errorOf(() => createTeam(VILLAGE, members(4))).params).toEqual({ size: 4, min: 5 });
    expect(errorOf(() => createTeam(VILLAGE, members(8))).code).toBe('team.too_big');
  });

  it('follows the limits a scenario gives, such as a doubled team', () => {
    const doubled: TeamLimits = { ...DEFAULT_TEAM_LIMITS, minMembers: 10, maxMembers: 14 };
    expect(createTeam(VILLAGE, members(14), doubled).members).toHaveLength(14);
    expect(errorOf(() => createTeam(VILLAGE, members(7), doubled)).code).toBe('team.too_small');
    expect(
      errorOf(() => parseInput(TeamLimitsSchema, { ...doubled, maxMembers: 9 })).problems[0],
    ).toMatchObject({
      code: 'team.limits_inverted',
      path: ['maxMembers'],
    });
  });

  it('adds and removes members within the limits; a removed member’s households lose their helper', () => {
    const team = createTeam(VILLAGE, members(6));
    const bigger = addMember(team, { id: 'm7', name: 'Bí thư chi đoàn', role: 'Bí thư chi đoàn' });
    expect(errorOf(() => addMember(bigger, { id: 'm8', name: 'x' })).code).toBe('team.too_big');
    expect(errorOf(() => addMember(team, { id: 'm1', name: 'again' })).code).toBe('team.duplicate_member');
    const [h1, h2] = households(2) as [HouseholdRef, HouseholdRef];
    const assigned = assignHousehold(assignHousehold(bigger, h1, 'm7'), h2, 'm1');
    const without = removeMember(assigned, 'm7');
    expect(helperOf(without, h1.id)).toBeUndefined();
    expect(helperOf(without, h2.id)).toBe('m1');
    expect(errorOf(() => removeMember(createTeam(VILLAGE, members(5)), 'm1')).code).toBe('team.too_small');
    expect(errorOf(() => removeMember(team, 'nobody')).code).toBe('team.unknown_member');
  });
});

describe('assignments', () => {
  const team = createTeam(VILLAGE, members(5));
  const [h1, h2] = households(2) as [HouseholdRef, HouseholdRef];

  it('starts with every household helperless, and assigns without changing the original team', () => {
    expect(helperOf(team, h1.id)).toBeUndefined();
    const assigned = assignHousehold(team, h1, 'm2');
    expect(helperOf(assigned, h1.id)).toBe('m2');
    expect(householdsOf(assigned, 'm2')).toEqual([h1.id]);
    expect(helperOf(team, h1.id)).toBeUndefined();
    expect(team.assignments.size).toBe(0);
  });

  it('gives a household one helper only; moving it means unassigning first', () => {
    const assigned = assignHousehold(team, h1, 'm2');
    expect(assignHousehold(assigned, h1, 'm2')).toBe(assigned);
    const error = errorOf(() => assignHousehold(assigned, h1, 'm3'));
    expect(error.code).toBe('team.household_has_helper');
    expect(error.params).toEqual({ household: h1.id, helper: 'm2' });
    const moved = assignHousehold(unassignHousehold(assigned, h1.id), h1, 'm3');
    expect(helperOf(moved, h1.id)).toBe('m3');
    expect(householdsOf(moved, 'm2')).toEqual([]);
    expect(unassignHousehold(team, h2.id)).toBe(team);
  });

  it('keeps helpers to their own village', () => {
    const [stranger] = households(1, 'long-dong:ra-la') as [HouseholdRef];
    expect(errorOf(() => assignHousehold(team, stranger, 'm1')).code).toBe('team.other_village');
    expect(errorOf(() => assignHousehold(team, h1, 'm9')).code).toBe('team.unknown_member');
  });

  it('lets a member look after at most 10 households by default', () => {
    let full: TechTeam = team;
    for (const household of households(10)) full = assignHousehold(full, household, 'm1');
    expect(capacityLeft(full, 'm1')).toBe(0);
    const error = errorOf(() => assignHousehold(full, { id: 'h11', villageId: VILLAGE }, 'm1'));
    expect(error.code).toBe('team.member_full');
    expect(error.params).toEqual({ member: 'Thành viên 1', max: 10 });
    expect(capacityLeft(full, 'm2')).toBe(10);
  });

  it('offers the least-loaded member with room, and no one when the team is full', () => {
    const limits = { ...DEFAULT_TEAM_LIMITS, maxHouseholdsPerMember: 2 };
    let current: TechTeam = team;
    const order: string[] = [];
    for (const household of households(10)) {
      const member = availableMember(current, limits);
      if (!member) throw new Error('team full too early');
      order.push(member);
      current = assignHousehold(current, household, member, limits);
    }
    expect(order).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(availableMember(current, limits)).toBeUndefined();
  });

  it('never breaks the limits whatever sequence of assignments and unassignments is tried', () => {
    const limits: TeamLimits = { minMembers: 5, maxMembers: 7, maxHouseholdsPerMember: 3 };
    const pool = [...households(25), ...households(3, 'long-dong:ra-la')];
    const step = fc.record({
      unassign: fc.boolean(),
      household: fc.integer({ min: 0, max: pool.length - 1 }),
      member: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        let current = createTeam(VILLAGE, members(5), limits);
        for (const { unassign, household, member } of steps) {
          const target = pool[household] as HouseholdRef;
          try {
            current = unassign
              ? unassignHousehold(current, target.id)
              : assignHousehold(current, target, `m${member}`, limits);
          } catch (error) {
            if (!isDomainError(error)) throw error;
          }
          expect(validateTeam(current, limits, pool)).toEqual([]);
        }
      }),
    );
  });
});

describe('validateTeam', () => {
  it('reports every way a stored team breaks changed limits', () => {
    let team = createTeam(VILLAGE, members(6));
    for (const household of households(8)) team = assignHousehold(team, household, 'm1');
    const stricter: TeamLimits = { minMembers: 7, maxMembers: 9, maxHouseholdsPerMember: 5 };
    expect(validateTeam(team, stricter).map((p) => p.code)).toEqual(['team.too_small', 'team.member_full']);
    expect(validateTeam(team)).toEqual([]);
  });

  it('reports helpers who left the team and households of another village', () => {
    const team: TechTeam = {
      villageId: VILLAGE,
      members: members(5),
      assignments: new Map([
        ['h-ra-la', 'm1'],
        ['h-gone', 'm9'],
      ]),
    };
    const problems = validateTeam(team, DEFAULT_TEAM_LIMITS, [
      { id: 'h-ra-la', villageId: 'long-dong:ra-la' },
    ]);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['team.unknown_member', ['assignments', 'h-gone']],
      ['team.other_village', ['assignments', 'h-ra-la']],
    ]);
  });
});
