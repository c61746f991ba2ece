/**
 * One simulation scenario timed in a fresh process of its own (so its memory is its own), through the simulation
 * package's exports: the commune (Long Đống 2021, 18 months) or Lạng Sơn province (its 200 communes, a year).
 * The commune runs twice with the same seed: the second is the steady-state time, and both must agree exactly
 * (the simulation is deterministic; if it were not, its speed would not mean much). Input: `SimulationPlan`.
 */
import { langSonProvince, longDong2021, simulate } from '@nongsan/simulation';
import { answer, scriptInput } from './child-process.ts';

export interface SimulationPlan {
  readonly scenario: 'commune' | 'province';
}

export interface SimulationResult {
  readonly scenario: SimulationPlan['scenario'];
  readonly households: number;
  readonly days: number;
  readonly seconds: number;
  /** The CPU time of the same run (user + system): on a shared machine it moves far less than the wall time. */
  readonly cpuSeconds: number;
  readonly householdDaysPerSecond: number;
  readonly ordersPlaced: number;
  readonly peakRssMb: number;
  readonly problems: string[];
}

const { scenario } = scriptInput<SimulationPlan>();
const input = scenario === 'province' ? langSonProvince() : longDong2021;
const problems: string[] = [];

let first: string | undefined;
if (scenario === 'commune')
  first = JSON.stringify((await simulate(input, { seed: 1, keepWeeks: false })).summary);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const run = await simulate(input, { seed: 1, keepWeeks: false });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

if (first !== undefined && first !== JSON.stringify(run.summary))
  problems.push(`${scenario}: two runs with the same seed disagree`);
const ordersPlaced = run.summary.orderOutcomes.placed;
if (!(ordersPlaced > 0)) problems.push(`${scenario}: no order was placed`);
const households = run.population.households;
const days = run.calendar.days;
if (!(households > 0 && days > 0)) problems.push(`${scenario}: no households or no days simulated`);

const result: SimulationResult = {
  scenario,
  households,
  days,
  seconds,
  cpuSeconds,
  householdDaysPerSecond: (households * days) / seconds,
  ordersPlaced,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  problems,
};
answer(result);
