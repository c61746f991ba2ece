/** The few statistics the benchmarks report: medians of rounds, latency percentiles, ratios. Pure, no IO. */

/** The value below which `p` percent of `values` lie (nearest rank: always one of the values). NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is not between 0 and 100`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The middle value (the mean of the two middle ones for an even count). NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `measured / ceiling`, or NaN when the ceiling is not a positive number. */
export function ratio(measured: number, ceiling: number): number {
  return ceiling > 0 && Number.isFinite(ceiling) ? measured / ceiling : Number.NaN;
}

/** p50 and p99 of a run's latencies, in the values' unit. */
export interface LatencySummary {
  readonly p50: number;
  readonly p99: number;
}

export function latencySummary(latencies: readonly number[]): LatencySummary {
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
