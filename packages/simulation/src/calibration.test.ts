import { describe, expect, it } from 'vitest';
import { averageCheckpoints, CALIBRATION_BANDS, checkCalibration } from './calibration.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';
import { simulate } from './simulate.ts';
import type { Checkpoint } from './summary.ts';

// SLOW-ISH: 20 runs of the 18-month commune, about 4–7 s here (more on a busy 2-core machine). Most of the time is
// the domain's season arithmetic, which every order step goes through (see the package README).
describe('calibration against the Long Đống 2021 reports', () => {
  it('lands in every band on average over 20 seeds, and with the demo seed 1', async () => {
    const yearEnds: Checkpoint[] = [];
    const ends: Checkpoint[] = [];
    let seedOne: ReturnType<typeof checkCalibration> = [];
    for (let seed = 1; seed <= 20; seed++) {
      const { summary } = await simulate(longDong2021, { seed, keepWeeks: false });
      yearEnds.push(summary.yearEnd);
      ends.push(summary.endOfRun);
      if (seed === 1) seedOne = checkCalibration(summary);
    }
    const average = checkCalibration({
      yearEnd: averageCheckpoints(yearEnds),
      endOfRun: averageCheckpoints(ends),
    });
    const outside = (rows: typeof average) =>
      rows.filter((r) => !r.inBand).map((r) => `${r.band.id}=${r.simulated}`);
    expect(average).toHaveLength(CALIBRATION_BANDS.length);
    expect(outside(average)).toEqual([]);
    expect(outside(seedOne)).toEqual([]);
  }, 120_000);
});
