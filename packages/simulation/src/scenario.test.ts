import { isDomainError } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario.ts';
import { applyOverrides, parseOverride } from './scenario-overrides.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';

function problemsOf(input: unknown) {
  try {
    parseScenario(input);
  } catch (error) {
    if (isDomainError(error)) return error.problems;
    throw error;
  }
  return [];
}

describe('the long-dong-2021 scenario', () => {
  it('is valid and holds the reported figures: 10 villages, 1,085 households, teams of 5–7', () => {
    const scenario = parseScenario(longDong2021);
    const villages = scenario.communes[0]?.villages ?? [];
    expect(villages).toHaveLength(10);
    expect(villages.reduce((s, v) => s + v.households, 0)).toBe(1085);
    for (const v of villages) {
      expect(v.techTeamMembers).toBeGreaterThanOrEqual(5);
      expect(v.techTeamMembers).toBeLessThanOrEqual(7);
    }
    expect(scenario.broadcasts.perWeek).toBe(7);
    expect(scenario.techTeams.householdsPerMember).toBe(10);
  });
});

describe('scenario validation', () => {
  it('names the field of each mistake', () => {
    const bad = applyOverrides(longDong2021, [
      parseOverride('communes.0.villages.2.youngSmartphoneShare=57'),
      parseOverride('endDate=2020-01-01'),
    ]);
    const paths = problemsOf(bad).map((p) => p.path.join('.'));
    expect(paths).toContain('communes.0.villages.2.youngSmartphoneShare');
    expect(paths).toContain('endDate');
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(() => applyOverrides(longDong2021, [parseOverride('techTeams.visitsPerWeak=3')])).toThrow(
      expect.objectContaining({ code: 'validation.unknown_field' }),
    );
    const withExtra = { ...longDong2021, extra: 1 };
    expect(problemsOf(withExtra).map((p) => p.code)).toContain('validation.unknown_field');
  });

  it('requires market parameters for every product a village grows', () => {
    const bad = applyOverrides(longDong2021, [parseOverride('communes.0.villages.0.growers.persimmon=0.05')]);
    expect(problemsOf(bad).map((p) => p.path.join('.'))).toContain('products.persimmon');
  });

  it('reads --set values as JSON when they are JSON, as text otherwise', () => {
    expect(parseOverride('techTeams.membersMultiplier=2').value).toBe(2);
    expect(parseOverride('startDate=2021-08-01').value).toBe('2021-08-01');
    const changed = parseScenario(
      applyOverrides(longDong2021, [parseOverride('products.grape.yieldFactor=0.5')]),
    );
    expect(changed.products.grape?.yieldFactor).toBe(0.5);
  });
});
