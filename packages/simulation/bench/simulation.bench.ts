/**
 * Benchmark (not a test): the commune scenario over its 18 months and Lạng Sơn province (its 200 communes, about
 * 209,000 households) over one year, each in a fresh process so its peak memory is its own. Reports wall time,
 * household-days per second and peak RSS against the targets of issue 3.
 *
 *   pnpm --filter @nongsan/simulation bench
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { langSonProvince, longDong2021, simulate } from '../src/index.ts';

interface Measure {
  readonly name: string;
  readonly households: number;
  readonly days: number;
  readonly seconds: number;
  readonly coldSeconds: number;
  readonly peakRssMb: number;
  readonly orders: number;
}

async function measure(which: string): Promise<Measure> {
  const input = which === 'province' ? langSonProvince() : longDong2021;
  let coldSeconds = 0;
  if (which === 'commune') {
    // The first run in a fresh process pays for compiling the code; the second is the steady state.
    const cold = performance.now();
    await simulate(input, { seed: 99 });
    coldSeconds = (performance.now() - cold) / 1000;
  }
  const started = performance.now();
  const run = await simulate(input, { seed: 1, keepWeeks: which !== 'province' });
  const seconds = (performance.now() - started) / 1000;
  return {
    name: which,
    households: run.population.households,
    days: run.calendar.days,
    seconds,
    coldSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    orders: run.summary.orderOutcomes.placed,
  };
}

const TARGETS: Record<string, { seconds: number; rssMb?: number }> = {
  commune: { seconds: 1 },
  province: { seconds: 60, rssMb: 2048 },
};

const which = process.argv[2];
if (which) {
  process.stdout.write(`${JSON.stringify(await measure(which))}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('nongsan simulation benchmark');
  for (const name of ['commune', 'province']) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', self, name], {
      encoding: 'utf8',
    });
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exitCode = 1;
      continue;
    }
    const m = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Measure;
    const target = TARGETS[name] ?? { seconds: Number.POSITIVE_INFINITY };
    const rate = (m.households * m.days) / m.seconds;
    const ok = m.seconds < target.seconds && (target.rssMb === undefined || m.peakRssMb < target.rssMb);
    console.log(
      `${name.padEnd(9)} ${String(m.households).padStart(7)} households × ${m.days} days, ${m.orders} orders: ` +
        `${m.seconds.toFixed(2)} s${m.coldSeconds ? ` (first run ${m.coldSeconds.toFixed(2)} s)` : ''} (target < ${target.seconds} s), ` +
        `${(rate / 1e6).toFixed(2)} M household-days/s, peak RSS ${m.peakRssMb.toFixed(0)} MB` +
        `${target.rssMb ? ` (target < ${target.rssMb} MB)` : ''} — ${ok ? 'within target' : 'MISSED'}`,
    );
  }
}
