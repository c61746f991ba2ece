import { type CalibrationRow, checkCalibration } from './calibration.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';
import { simulate } from './simulate.ts';
import type { Summary } from './summary.ts';

/** A test helper: the commune scenario over seeds `from..to`, each with its summary and calibration rows. */
export async function seedRange(
  from: number,
  to: number,
): Promise<{ seed: number; summary: Summary; rows: CalibrationRow[] }[]> {
  const runs = [];
  for (let seed = from; seed <= to; seed++) {
    const { summary } = await simulate(longDong2021, { seed, keepWeeks: false });
    runs.push({ seed, summary, rows: checkCalibration(summary) });
  }
  return runs;
}

/** The figures out of band, as `id=value` (empty when every figure is in). */
export function outsideBands(rows: readonly CalibrationRow[]): string[] {
  return rows.filter((r) => !r.inBand).map((r) => `${r.band.id}=${r.simulated}`);
}
