import { averageCheckpoints } from './calibration.ts';
import { simulate } from './simulate.ts';
import type { Checkpoint } from './summary.ts';

/** One side of a comparison: a label (how it was asked for) and the scenario input. */
export interface ComparisonSide {
  readonly label: string;
  readonly input: unknown;
}

export interface Comparison {
  readonly seeds: readonly number[];
  readonly a: { readonly label: string; readonly yearEnd: Checkpoint; readonly endOfRun: Checkpoint };
  readonly b: { readonly label: string; readonly yearEnd: Checkpoint; readonly endOfRun: Checkpoint };
}

/**
 * Runs two scenarios (or one with two parameter sets) over the same seeds and averages each side. The same seed
 * drives the same luck in both (each concern has its own random stream), so the difference is the change's.
 */
export async function compareScenarios(
  a: ComparisonSide,
  b: ComparisonSide,
  seeds: readonly number[],
  onRun?: (side: 'A' | 'B', seed: number) => void,
): Promise<Comparison> {
  const side = async (s: ComparisonSide, name: 'A' | 'B') => {
    const yearEnds: Checkpoint[] = [];
    const ends: Checkpoint[] = [];
    for (const seed of seeds) {
      onRun?.(name, seed);
      const run = await simulate(s.input, { seed, keepWeeks: false });
      yearEnds.push(run.summary.yearEnd);
      ends.push(run.summary.endOfRun);
    }
    return { label: s.label, yearEnd: averageCheckpoints(yearEnds), endOfRun: averageCheckpoints(ends) };
  };
  return { seeds, a: await side(a, 'A'), b: await side(b, 'B') };
}

const FIGURES: readonly { key: keyof Omit<Checkpoint, 'date'>; label: string; share?: boolean }[] = [
  { key: 'shopShare', label: 'households with a shop', share: true },
  { key: 'paymentAccountShare', label: 'e-payment accounts', share: true },
  { key: 'leadSellerShare', label: 'lead households that sold', share: true },
  { key: 'orders', label: 'delivered orders' },
  { key: 'deliveredKg', label: 'delivered kg' },
  { key: 'revenueVnd', label: 'revenue (VND)' },
  { key: 'inDistrictOrderShare', label: 'in-district orders', share: true },
];

/** The comparison as a table: each figure at both checkpoints, A, B, the difference and the change in percent. */
export function formatComparison(c: Comparison): string {
  const fmt = (v: number, share?: boolean) =>
    share ? `${(v * 100).toFixed(1)}%` : Math.abs(v) >= 1000 ? v.toFixed(0) : v.toFixed(1);
  const rows: string[][] = [['figure', 'date', 'A', 'B', 'B − A', 'change']];
  for (const at of ['yearEnd', 'endOfRun'] as const) {
    for (const f of FIGURES) {
      const va = c.a[at][f.key];
      const vb = c.b[at][f.key];
      const diff = vb - va;
      rows.push([
        f.label,
        c.a[at].date,
        fmt(va, f.share),
        fmt(vb, f.share),
        `${diff >= 0 ? '+' : ''}${f.share ? `${(diff * 100).toFixed(1)} pts` : fmt(diff)}`,
        va === 0 ? '—' : `${diff >= 0 ? '+' : ''}${((diff / va) * 100).toFixed(1)}%`,
      ]);
    }
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i >= 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    `A: ${c.a.label}`,
    `B: ${c.b.label}`,
    `mean of ${c.seeds.length} seed${c.seeds.length === 1 ? '' : 's'} (${c.seeds[0]}–${c.seeds.at(-1)})`,
    line(rows[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}
