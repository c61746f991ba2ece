import { describe, expect, it } from 'vitest';
import { averageCheckpoints, CALIBRATION_BANDS, checkCalibration } from './calibration.ts';
import { outsideBands, seedRange } from './calibration-seeds.ts';

// The 20 seeds a planner may run are split over this file and calibration-seeds.test.ts, so that vitest runs the
// two halves in parallel workers (about 4–6 s each here).
describe('calibration against the Long Đống 2021 reports, seeds 1–10', () => {
  it('lands every figure in its band for every seed, and on average', async () => {
    const runs = await seedRange(1, 10);
    for (const run of runs)
      expect({ seed: run.seed, outside: outsideBands(run.rows) }).toEqual({ seed: run.seed, outside: [] });
    const average = checkCalibration({
      yearEnd: averageCheckpoints(runs.map((r) => r.summary.yearEnd)),
      endOfRun: averageCheckpoints(runs.map((r) => r.summary.endOfRun)),
    });
    expect(average).toHaveLength(CALIBRATION_BANDS.length);
    expect(outsideBands(average)).toEqual([]);
  }, 120_000);
});
