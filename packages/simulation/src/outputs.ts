import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRODUCT_IDS } from '@nongsan/domain';
import { checkCalibration } from './calibration.ts';
import { reportHtml } from './report-html.ts';
import type { SimulationRun } from './simulate.ts';
import { summaryJson } from './summary.ts';
import { timeseriesCsv } from './timeseries.ts';

/** The 2022 target of households with a digital shop (shared/docs/long-dong.md). */
export const SHOP_TARGET = 0.64;

export interface RunOutputs {
  readonly 'summary.json': string;
  readonly 'timeseries.csv': string;
  readonly 'report.html': string;
}

/** The three files of a run, as text: the same run gives the same bytes. */
export function runOutputs(run: SimulationRun): RunOutputs {
  const { calendar, metrics, population, scenario } = run;
  const villageIds = population.villages.map((v) =>
    scenario.communes.length > 1 ? `${scenario.communes[v.commune]?.id}/${v.id}` : v.id,
  );
  const monthly = new Map<string, (readonly [number, number, number])[]>();
  PRODUCT_IDS.forEach((id, p) => {
    const rows = calendar.months.map((_, m) => {
      const at = (m * PRODUCT_IDS.length + p) * 3;
      return [
        metrics.monthly[at] as number,
        (metrics.monthly[at + 1] as number) / 1000,
        metrics.monthly[at + 2] as number,
      ] as const;
    });
    if (rows.some((r) => r[0] > 0)) monthly.set(id, rows);
  });
  return {
    'summary.json': summaryJson(run.summary),
    'timeseries.csv': timeseriesCsv(metrics.weeks, (d) => calendar.dates[d] ?? '', villageIds),
    'report.html': reportHtml({
      summary: run.summary,
      calibration: checkCalibration(run.summary),
      target: SHOP_TARGET,
      weekEndDates: metrics.weekEnds.map((d) => calendar.dates[d] ?? ''),
      villages: population.villages.map((v) => ({
        name: v.name,
        shopShare: metrics.villageShopShare[v.index] ?? [],
      })),
      months: calendar.months,
      monthly,
    }),
  };
}

/** Writes the run's files into `dir` (created if needed); returns their paths. */
export async function writeRunOutputs(run: SimulationRun, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = runOutputs(run);
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, text, 'utf8');
    paths.push(path);
  }
  return paths;
}
