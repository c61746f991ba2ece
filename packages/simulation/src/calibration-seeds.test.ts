import { describe, expect, it } from 'vitest';
import { outsideBands, seedRange } from './calibration-seeds.ts';

describe('calibration against the Long Đống 2021 reports, seeds 11–20', () => {
  it('lands every figure in its band for every seed', async () => {
    for (const run of await seedRange(11, 20))
      expect({ seed: run.seed, outside: outsideBands(run.rows) }).toEqual({ seed: run.seed, outside: [] });
  }, 120_000);
});
