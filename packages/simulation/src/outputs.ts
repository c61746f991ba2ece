import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRODUCT_IDS, SHOP_TARGET } from '@nongsan/domain';
import { checkCalibration } from './calibration.ts';
import { type ReportData, reportHtml } from './report-html.ts';
import type { SimulationRun } from './simulate.ts';
import { summaryJson } from './summary.ts';
import { timeseriesCsv } from './timeseries.ts';

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
      calibration: run.scenario.checksCalibration ? checkCalibration(run.summary) : [],
      target: SHOP_TARGET,
      weekEndDates: metrics.weekEnds.map((d) => calendar.dates[d] ?? ''),
      curves: adoptionCurves(run),
      place: {
        communes: scenario.communes.length,
        households: population.households,
        invented: scenario.communes.filter((c) => c.invented).length,
      },
      months: calendar.months,
      monthly,
    }),
  };
}

/**
 * The report's adoption curves: each village of a single commune; for a province, each district (its villages'
 * weekly shares weighted by their households).
 */
function adoptionCurves(run: SimulationRun): ReportData['curves'] {
  const { metrics, population, scenario } = run;
  if (scenario.communes.length === 1)
    return {
      title: { vi: 'Tỷ lệ hộ có gian hàng theo thôn', en: 'Households with a shop, per village' },
      lines: population.villages.map((v) => ({
        name: v.name,
        shopShare: metrics.villageShopShare[v.index] ?? [],
      })),
    };
  const districts = new Map<string, { households: number; weighted: number[] }>();
  for (const v of population.villages) {
    const name = scenario.communes[v.commune]?.district ?? '';
    const d = districts.get(name) ?? { households: 0, weighted: [] };
    const shares = metrics.villageShopShare[v.index] ?? [];
    shares.forEach((s, w) => {
      d.weighted[w] = (d.weighted[w] ?? 0) + s * v.count;
    });
    d.households += v.count;
    districts.set(name, d);
  }
  return {
    title: { vi: 'Tỷ lệ hộ có gian hàng theo huyện', en: 'Households with a shop, per district' },
    lines: [...districts].map(([name, d]) => ({
      name,
      shopShare: d.weighted.map((x) => (d.households === 0 ? 0 : x / d.households)),
    })),
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
