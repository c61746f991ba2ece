import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as another developer gets it: built, packed into a tarball, installed with npm into a folder outside
 * the workspace, then loaded from plain Node as ESM and as CommonJS, and type-checked by consumers under
 * `moduleResolution: bundler` and `nodenext` (ES module and CommonJS projects) with the lowest TypeScript the
 * README promises and the current one. npm installs the tarball and the lowest TypeScript in one go, from its cache
 * when the packages are there.
 */
const packageDir = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  engines: { node: string };
  peerDependencies: { typescript: string };
};
/** The lowest supported TypeScript: the `>=` bound of the peer range (the README says the same). */
const LOWEST_TYPESCRIPT = manifest.peerDependencies.typescript.replace(/^>=/, '');
const TYPESCRIPTS = {
  lowest: `node_modules/typescript-lowest/bin/tsc`,
  current: resolve(packageDir, 'node_modules/typescript/bin/tsc'),
};
let consumer: string;
/** Node, npm and tsc as child processes: seconds when the machine is busy with the other suites, never 5 s. */
const CHILD_PROCESS_TIMEOUT = 120_000;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Run and return what it printed, or throw with what it printed: a type error reads as itself in the failure. */
function runShowingOutput(command: string, args: string[], cwd: string): string {
  try {
    return run(command, args, cwd);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

const subpaths = Object.keys(manifest.exports).filter((key) => key !== './package.json');

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'nongsan-domain-consumer-'));
  run('pnpm', ['run', 'build'], packageDir);
  run('pnpm', ['pack', '--pack-destination', consumer], packageDir);
  const tarball = readdirSync(consumer).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run(
    'npm',
    [
      'install',
      `./${tarball}`,
      `typescript-lowest@npm:typescript@~${LOWEST_TYPESCRIPT}`,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    consumer,
  );
}, 300_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

const installed = () => join(consumer, 'node_modules/@nongsan/domain');

describe('the packed package, installed outside the workspace', () => {
  it('declares real versions (no workspace catalog references) and ships dist, its sources, the README, changelog and licence', () => {
    const shipped = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8'));
    expect(shipped.dependencies.zod).toMatch(/^\^?\d/);
    expect(shipped.engines.node).toBe('>=20.19');
    expect(readdirSync(installed()).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
      'src',
    ]);
    const files = readdirSync(installed(), { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /\.test\.(ts|js|d\.ts)$/.test(f))).toEqual([]);
  });

  it('points every subpath at files that exist, types first and a default any loader takes', () => {
    expect(subpaths).toEqual(
      expect.arrayContaining(['.', './text', './money', './vietqr', './places', './orders', './errors']),
    );
    for (const subpath of subpaths) {
      const target = manifest.exports[subpath];
      if (typeof target !== 'object') throw new Error(`${subpath} has no conditions`);
      expect(Object.keys(target), subpath).toEqual(['types', 'default']);
      expect(existsSync(join(installed(), target.types)), target.types).toBe(true);
      expect(existsSync(join(installed(), target.default)), target.default).toBe(true);
    }
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
    'loads from CommonJS with require(), root and every subpath, as the same module an ES import gets',
    () => {
      const script = [
        "const domain = require('@nongsan/domain');",
        "const { foldText } = require('@nongsan/domain/text');",
        "const { formatVnd } = require('@nongsan/domain/money');",
        "const { parseVietQr, buildVietQr } = require('@nongsan/domain/vietqr');",
        `for (const s of ${JSON.stringify(subpaths)}) require(s === '.' ? '@nongsan/domain' : '@nongsan/domain/' + s.slice(2));`,
        "const qr = parseVietQr(buildVietQr({ bin: '970436', accountNumber: '0011004123456', amount: 35000 }));",
        "import('@nongsan/domain').then((esm) => console.log(JSON.stringify({",
        "  folded: foldText('Bánh Chưng ĐEN'), money: formatVnd(35000), amount: qr.amount,",
        '  sameClass: esm.DomainError === domain.DomainError,',
        '})));',
      ].join('\n');
      writeFileSync(join(consumer, 'load.cjs'), script);
      expect(JSON.parse(run('node', ['load.cjs'], consumer))).toEqual({
        folded: 'banh chung den',
        money: '35.000\u00a0₫',
        amount: 35000,
        sameClass: true,
      });
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it('has source maps whose sources are shipped', () => {
    const maps = readdirSync(join(installed(), 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.map'),
    );
    expect(maps.length).toBeGreaterThan(40);
    const missing = maps.flatMap((map) => {
      const path = join(installed(), 'dist', map);
      const { sources } = JSON.parse(readFileSync(path, 'utf8')) as { sources: string[] };
      return sources.map((source) => resolve(dirname(path), source)).filter((source) => !existsSync(source));
    });
    expect(missing).toEqual([]);
  });
});

/** A consumer a TypeScript user would write: root and subpath imports, a product id checked at compile time. */
const CONSUMER_SOURCE = [
  "import { formatVnd, getProduct, type Order, type Vnd } from '@nongsan/domain';",
  "import { foldText } from '@nongsan/domain/text';",
  "import { buildVietQr, parseVietQr, type VietQr } from '@nongsan/domain/vietqr';",
  "import { isDomainError } from '@nongsan/domain/errors';",
  "const price: Vnd = getProduct('dragon-fruit').typicalPrice.min;",
  "const qr: VietQr = parseVietQr(buildVietQr({ bin: '970436', accountNumber: '0011004123456', amount: price }));",
  "export const status: Order['status'] = 'placed';",
  '// @ts-expect-error an unknown product id is a type error',
  "export const unknown = () => getProduct('durian');",
  'console.log(JSON.stringify({ price: formatVnd(qr.amount ?? 0), folded: foldText("Đà Lạt"), isError: isDomainError(1) }));',
].join('\n');

const PROJECTS = {
  'bundler (ES module)': { type: 'module', module: 'preserve', moduleResolution: 'bundler' },
  'nodenext (ES module)': { type: 'module', module: 'nodenext', moduleResolution: 'nodenext' },
  'nodenext (CommonJS)': { type: 'commonjs', module: 'nodenext', moduleResolution: 'nodenext' },
} as const;

describe.each(Object.entries(TYPESCRIPTS))(
  'a TypeScript consumer with the %s supported TypeScript',
  (which, tsc) => {
    it.each(Object.entries(PROJECTS))(
      'type-checks under %s and, compiled, runs',
      (name, project) => {
        const dir = join(consumer, `${which}-${name.replace(/\W+/g, '-')}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: project.type }));
        writeFileSync(join(dir, 'check.ts'), CONSUMER_SOURCE);
        writeFileSync(
          join(dir, 'tsconfig.json'),
          JSON.stringify({
            compilerOptions: {
              strict: true,
              target: 'es2022',
              module: project.module,
              moduleResolution: project.moduleResolution,
              types: [],
              // The package's own declarations (and zod's) are checked too, as a consumer without skipLibCheck has them.
              skipLibCheck: false,
              outDir: 'out',
            },
            files: ['check.ts'],
          }),
        );
        runShowingOutput('node', [resolve(consumer, tsc), '-p', '.'], dir);
        // The compiled file, `require` or `import` as the project's type says, runs against the installed package.
        expect(JSON.parse(run('node', ['out/check.js'], dir))).toEqual({
          price: '25.000\u00a0₫',
          folded: 'da lat',
          isError: false,
        });
      },
      CHILD_PROCESS_TIMEOUT,
    );
  },
);
