import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDong2021 } from './scenarios/long-dong-2021.ts';

// The CLI as a user runs it: compiled, in its own process. It is built here into a folder of its own, so the test
// never depends on (or races with) a build of dist/ going on elsewhere.
const packageDir = resolve(import.meta.dirname, '..');
const buildDir = join(packageDir, 'dist', '.cli-test');
const cli = join(buildDir, 'cli.js');
let work: string;

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['-p', 'tsconfig.build.json', '--outDir', buildDir, '--declaration', 'false'], {
    cwd: packageDir,
  });
  work = mkdtempSync(join(tmpdir(), 'nongsan-cli-'));
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the simulate CLI', () => {
  it('runs the default scenario, prints the calibration table and writes the three files', () => {
    const { code, stdout } = runCli(['--seed', '1', '--out', 'run-1']);
    expect(code).toBe(0);
    expect(stdout).toContain('Households with a shop, end of 2021');
    expect(stdout).toMatch(/8 of 8 figures in band/);
    // Not a terminal: plain progress lines, one per month.
    expect(stdout).toContain('2021-12-31  shops');
    const summary = JSON.parse(readFileSync(join(work, 'run-1', 'summary.json'), 'utf8'));
    expect(summary.yearEnd.households).toBe(1085);
    for (const key of [
      'shops',
      'shopShare',
      'paymentAccountShare',
      'leadSellerShare',
      'orders',
      'deliveredKg',
    ]) {
      expect(summary.yearEnd).toHaveProperty(key);
      expect(summary.endOfRun).toHaveProperty(key);
    }
    const csv = readFileSync(join(work, 'run-1', 'timeseries.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('week_start,week_end,village,product');
    const html = readFileSync(join(work, 'run-1', 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('accepts the options after a literal --, as `pnpm simulate -- …` passes them', () => {
    const { code } = runCli(['--', '--seed', '2', '--out', 'run-2']);
    expect(code).toBe(0);
    expect(existsSync(join(work, 'run-2', 'summary.json'))).toBe(true);
  });

  it('refuses a scenario file with a mistake, naming the field and the value, and writes nothing', () => {
    const bad = structuredClone(longDong2021) as { techTeams: { visitsPerMemberPerWeek: unknown } };
    bad.techTeams.visitsPerMemberPerWeek = 'often';
    writeFileSync(join(work, 'bad.json'), JSON.stringify(bad));
    const { code, stderr } = runCli(['--scenario', 'bad.json', '--out', 'bad-run']);
    expect(code).toBe(1);
    expect(stderr).toContain('techTeams.visitsPerMemberPerWeek = "often"');
    expect(stderr).toContain('expected number');
    expect(existsSync(join(work, 'bad-run'))).toBe(false);
  });

  it('compares two parameter sets side by side', () => {
    const { code, stdout } = runCli([
      'compare',
      '--seeds',
      '1',
      '--set',
      'endDate=2021-10-31',
      '--set-b',
      'techTeams.membersMultiplier=2',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'B: long-dong-2021 --set endDate=2021-10-31 --set techTeams.membersMultiplier=2',
    );
    expect(stdout).toMatch(/households with a shop\s+2021-10-31/);
  });
});
