#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DomainError, isDomainError } from '@nongsan/domain';
import { checkCalibration, formatCalibrationTable } from './calibration.ts';
import { compareScenarios, formatComparison } from './compare.ts';
import type { Market } from './market.ts';
import { writeRunOutputs } from './outputs.ts';
import { parseScenario } from './scenario.ts';
import { describeProblems, loadScenarioInput } from './scenario-files.ts';
import { applyOverrides, parseOverride } from './scenario-overrides.ts';
import { type DayStatus, simulate } from './simulate.ts';
import { formatFigures } from './summary.ts';

const USAGE = `Mô phỏng chợ nông sản số của một xã · simulate a commune's digital marketplace

  pnpm simulate [--scenario long-dong-2021|file.json] [--seed 1] [--out dir] [--set path=value]...
                [--live http://127.0.0.1:3000]
  pnpm simulate compare [A] [B] [--seeds 5] [--set path=value]... [--set-a path=value]... [--set-b path=value]...

  --scenario, -s  a built-in scenario id or a .json / .js file (default long-dong-2021)
  --seed          the random seed (default 1); the same scenario and seed give the same files
  --out, -o       where to write summary.json, timeseries.csv, report.html (default out/<scenario>-seed-<seed>)
  --set           override a parameter, e.g. --set techTeams.membersMultiplier=2
                  --set products.dragon-fruit.yieldFactor=0.1 (repeatable; checked again after)
  --live          run the agents against a running nongsan server instead of in memory: its households
                  register, open shops, list and sell through the API (filling it, or loading it). Seasons and
                  the 24-hour deadline follow the server's clock: start it with NONGSAN_NOW in the period
                  simulated, e.g. --set endDate=2021-08-31 with NONGSAN_NOW=2021-08-15T09:00:00+07:00
  compare         runs A and B (scenario ids or files; B defaults to A) over seeds 1..N and prints the
                  differences; --set applies to both sides, --set-a / --set-b to one side only
  --help, -h      this text`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTty: boolean;
}

/** What the CLI cannot do on its own: the market over a running server lives with the server (it owns the API). */
export interface CliAdapters {
  /** Connects to the server at `url` (and checks it answers) for `--live`. */
  readonly liveMarket?: (url: string) => Promise<Market>;
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: readonly string[], io: Io, adapters: CliAdapters = {}): Promise<number> {
  // pnpm passes a literal `--` through when the user types `pnpm simulate -- --seed 1`.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(args);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    if (positionals[0] === 'compare') return await compare(positionals.slice(1), values, io);
    if (positionals.length > 0) {
      io.err(`Unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
      return 2;
    }
    return await run(values, io, adapters);
  } catch (error) {
    if (isDomainError(error)) {
      io.err(describeError(error, undefined).join('\n'));
      return 1;
    }
    throw error;
  }
}

function parseCli(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      scenario: { type: 'string', short: 's', default: 'long-dong-2021' },
      seed: { type: 'string', default: '1' },
      live: { type: 'string' },
      seeds: { type: 'string', default: '5' },
      out: { type: 'string', short: 'o' },
      set: { type: 'string', multiple: true, default: [] },
      'set-a': { type: 'string', multiple: true, default: [] },
      'set-b': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

type CliValues = ReturnType<typeof parseCli>['values'];

function describeError(error: DomainError, input: unknown): string[] {
  return [
    'Kịch bản không hợp lệ, chưa ghi tệp nào · The scenario is not valid; nothing was written:',
    ...describeProblems(error.problems, input),
  ];
}

function parseSeed(text: string, name: string): number {
  const seed = Number(text);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`--${name} must be a whole number, got "${text}"`);
  return seed;
}

/** Loads, overrides and checks a scenario; prints its problems and returns null when it is not valid. */
async function prepare(ref: string, sets: readonly string[], io: Io): Promise<unknown | null> {
  const loaded = await loadScenarioInput(ref);
  const input = applyOverrides(loaded, sets.map(parseOverride));
  try {
    parseScenario(input);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    io.err(describeError(error, input).join('\n'));
    return null;
  }
  return input;
}

async function run(values: CliValues, io: Io, adapters: CliAdapters): Promise<number> {
  const seed = parseSeed(values.seed, 'seed');
  const ref = values.scenario;
  const input = await prepare(ref, values.set, io);
  if (input === null) return 1;
  let market: Market | undefined;
  if (values.live !== undefined) {
    if (!adapters.liveMarket) {
      io.err(
        '--live runs through the server package: use `pnpm simulate --live <url>` from the repository root.',
      );
      return 2;
    }
    try {
      market = await adapters.liveMarket(values.live);
    } catch (error) {
      io.err((error as Error).message);
      return 1;
    }
    io.out(`Chạy trên máy chủ · running against ${values.live}`);
  }
  const name = ref.replace(/^.*[\\/]/, '').replace(/\.(json|m?js)$/, '');
  const dir = resolve(values.out ?? `out/${name}-seed-${seed}`);
  const progress = progressReporter(io);
  const started = performance.now();
  const result = await simulate(input, { seed, onDay: progress, ...(market ? { market } : {}) });
  const seconds = (performance.now() - started) / 1000;
  const paths = await writeRunOutputs(result, dir);
  io.out(
    `\n${result.summary.scenario.title}\nseed ${seed}, ${result.calendar.days} days, ${result.population.households} households, ${seconds.toFixed(2)} s\n`,
  );
  if (result.scenario.checksCalibration)
    io.out(
      formatCalibrationTable(
        checkCalibration(result.summary),
        'Hiệu chỉnh · Calibration (Long Đống 2021 reports)',
      ),
    );
  else io.out(formatFigures(result.summary));
  io.out(`\nWrote:\n${paths.map((p) => `  ${p}`).join('\n')}`);
  return 0;
}

async function compare(refs: readonly string[], values: CliValues, io: Io): Promise<number> {
  const seeds = parseSeed(values.seeds, 'seeds');
  if (seeds < 1) throw new Error('--seeds must be at least 1');
  const first = parseSeed(values.seed, 'seed');
  const refA = refs[0] ?? values.scenario;
  const refB = refs[1] ?? refA;
  const setsA = [...values.set, ...values['set-a']];
  const setsB = [...values.set, ...values['set-b']];
  const a = await prepare(refA, setsA, io);
  const b = await prepare(refB, setsB, io);
  if (a === null || b === null) return 1;
  const label = (ref: string, sets: readonly string[]) => [ref, ...sets.map((s) => `--set ${s}`)].join(' ');
  const list = Array.from({ length: seeds }, (_, i) => first + i);
  const comparison = await compareScenarios(
    { label: label(refA, setsA), input: a },
    { label: label(refB, setsB), input: b },
    list,
    (side, seed) => {
      if (io.isTty) io.err(`\rrunning ${side} seed ${seed}…   `);
    },
  );
  if (io.isTty) io.err('\r\x1b[2K');
  io.out(formatComparison(comparison));
  return 0;
}

/** A bar redrawn in place on a terminal; one line per month otherwise (logs, CI). */
function progressReporter(io: Io) {
  const width = 30;
  return (day: number, days: number, date: string, status: () => DayStatus) => {
    const last = day === days - 1;
    if (io.isTty) {
      if (day % 7 !== 0 && !last) return;
      const s = status();
      const done = Math.round(((day + 1) / days) * width);
      io.err(
        `\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${s.date}  shops ${s.shops}/${s.households}  delivered ${s.ordersDelivered}${last ? '\n' : ''}`,
      );
      return;
    }
    if (!last && !isMonthEnd(date)) return;
    const s = status();
    io.out(`${s.date}  shops ${s.shops}/${s.households}  delivered orders ${s.ordersDelivered}`);
  };
}

function isMonthEnd(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/** Runs the CLI on this process's arguments and streams, and sets its exit code. */
export function runAsProcess(adapters: CliAdapters = {}): void {
  main(
    process.argv.slice(2),
    {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(text.endsWith('\r') || text.startsWith('\r') ? text : `${text}\n`),
      isTty: process.stdout.isTTY === true,
    },
    adapters,
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) runAsProcess();
