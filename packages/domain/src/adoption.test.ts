import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADOPTION_STAGES,
  type AdoptionStage,
  advanceAdoption,
  hasReached,
  nextStage,
  stageIndex,
} from './adoption.ts';
import { isDomainError } from './errors.ts';

describe('adoption stages', () => {
  it('walks the stages one step at a time from not reached to first sale', () => {
    let stage: AdoptionStage = 'not_reached';
    const walked: AdoptionStage[] = [stage];
    for (let next = nextStage(stage); next !== null; next = nextStage(stage)) {
      stage = advanceAdoption(stage, next);
      walked.push(stage);
    }
    expect(walked).toEqual([...ADOPTION_STAGES]);
    expect(nextStage('first_sale')).toBeNull();
  });

  it('refuses skipping, standing still and going back, naming from and to', () => {
    try {
      advanceAdoption('aware', 'shop_open');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('adoption.illegal_transition');
      expect(isDomainError(error) && error.params).toEqual({ from: 'aware', to: 'shop_open' });
    }
    expect(() => advanceAdoption('registered', 'registered')).toThrow();
    expect(() => advanceAdoption('first_sale', 'first_listing')).toThrow();
  });

  it('allows exactly the one-step-forward moves', () => {
    const stages = fc.constantFrom(...ADOPTION_STAGES);
    fc.assert(
      fc.property(stages, stages, (from, to) => {
        let legal = true;
        try {
          advanceAdoption(from, to);
        } catch {
          legal = false;
        }
        expect(legal).toBe(stageIndex(to) === stageIndex(from) + 1);
      }),
    );
  });

  it('counts a stage as reached by every later stage', () => {
    expect(hasReached('first_sale', 'shop_open')).toBe(true);
    expect(hasReached('shop_open', 'shop_open')).toBe(true);
    expect(hasReached('registered', 'shop_open')).toBe(false);
    expect(ADOPTION_STAGES.filter((s) => hasReached(s, 'shop_open'))).toEqual([
      'shop_open',
      'first_listing',
      'first_sale',
    ]);
  });
});
