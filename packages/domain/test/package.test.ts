import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as another developer gets it: built, packed into a tarball, installed into a folder outside the
 * workspace with npm, then imported from plain Node (the README's example) and from a TypeScript file checked with
 * Node's own module resolution.
 */
const packageDir = resolve(import.meta.dirname, '..');
const tsc = resolve(packageDir, 'node_modules/.bin/tsc');
let consumer: string;
/** Node and tsc as child processes: seconds when the machine is busy with the other suites, never 5 s. */
const CHILD_PROCESS_TIMEOUT = 60_000;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'nongsan-domain-consumer-'));
  run('pnpm', ['run', 'build'], packageDir);
  run('pnpm', ['pack', '--pack-destination', consumer], packageDir);
  const tarball = readdirSync(consumer).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run(
    'npm',
    ['install', `./${tarball}`, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    consumer,
  );
}, 180_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('the packed package, installed outside the workspace', () => {
  it('declares real versions (no workspace catalog references) and ships only dist, the README and the licence', () => {
    const installed = join(consumer, 'node_modules/@nongsan/domain');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies.zod).toMatch(/^\^?\d/);
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect(readdirSync(join(installed, 'dist')).some((f) => f.endsWith('.test.js'))).toBe(false);
  });

  it(
    "runs the README's example from plain Node",
    () => {
      copyFileSync(join(packageDir, 'examples/quick-start.mjs'), join(consumer, 'quick-start.mjs'));
      const out = run('node', ['quick-start.mjs'], consumer);
      expect(out).toContain('In season: true');
      expect(out).toContain('Phone: 0912345678');
      expect(out).toContain('Có phải bạn muốn nhập 28.000\u00a0₫?');
      expect(out).toContain('Total: 99.000\u00a0₫ — stock change: -3000 g');
      expect(out).toMatch(/Status: confirmed — VietQR amount: 99000 — purpose: DH\w+ NONGSAN/);
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it(
    'type-checks for a TypeScript consumer using Node16 module resolution',
    () => {
      writeFileSync(
        join(consumer, 'check.ts'),
        [
          "import { formatVnd, getProduct, type Order, type Vnd } from '@nongsan/domain';",
          'const price: Vnd = getProduct("dragon-fruit").typicalPrice.min;',
          'export const label: string = formatVnd(price);',
          "export const status: Order['status'] = 'placed';",
          '// @ts-expect-error an unknown product id is a type error',
          'getProduct("durian");',
        ].join('\n'),
      );
      const args = [
        '--noEmit',
        '--strict',
        '--module',
        'node16',
        '--moduleResolution',
        'node16',
        '--types',
        '',
      ];
      expect(() => run(tsc, [...args, 'check.ts'], consumer)).not.toThrow();
    },
    CHILD_PROCESS_TIMEOUT,
  );
});
