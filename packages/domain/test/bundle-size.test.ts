import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What a small consumer pays: each consumer below is bundled with esbuild (minified, for the browser) and its
 * gzipped size held against a budget. The package resolves to its sources the way its exports map resolves to the
 * built files (`@nongsan/domain/money` → `src/entries/money.ts`), so the measure does not wait for a build; the
 * package's `sideEffects: false` applies to them all the same. Sizes are bytes, never time.
 */
const packageDir = resolve(import.meta.dirname, '..');

const fromSources: Plugin = {
  name: 'nongsan-domain-sources',
  setup(b) {
    b.onResolve({ filter: /^@nongsan\/domain(\/[a-z-]+)?$/ }, ({ path }) => {
      const subpath = path.slice('@nongsan/domain'.length);
      return { path: resolve(packageDir, subpath === '' ? 'src/index.ts' : `src/entries${subpath}.ts`) };
    });
  },
};

interface Measure {
  readonly gzipped: number;
  /** The domain's own modules in the bundle, relative to src/ (`vietqr.ts`, `entries/vietqr.ts`…). */
  readonly domainModules: readonly string[];
  readonly zod: boolean;
}

async function measure(source: string): Promise<Measure> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [fromSources],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote nothing');
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return {
    gzipped: gzipSync(output.contents).length,
    domainModules: inputs
      .flatMap((path) => (path.startsWith('src/') ? [path.slice('src/'.length)] : []))
      .sort(),
    zod: inputs.some((path) => path.includes('/zod/')),
  };
}

/** Consumers, what they import, and the most their bundle may weigh gzipped. */
const CONSUMERS = {
  'foldText + formatVnd from the root': {
    source:
      "import { foldText, formatVnd } from '@nongsan/domain'; console.log(foldText('Á'), formatVnd(1));",
    budget: 1024,
  },
  'foldText + formatVnd from /text and /money': {
    source:
      "import { foldText } from '@nongsan/domain/text'; import { formatVnd } from '@nongsan/domain/money';" +
      "console.log(foldText('Á'), formatVnd(1));",
    budget: 1024,
  },
  'formatMessage (the whole vi/en dictionary)': {
    source:
      "import { formatMessage } from '@nongsan/domain/errors'; console.log(formatMessage('phone.invalid'));",
    budget: 12 * 1024,
  },
  'VietQR build + parse': {
    source:
      "import { buildVietQr, parseVietQr } from '@nongsan/domain/vietqr';" +
      "console.log(parseVietQr(buildVietQr({ bin: '970436', accountNumber: '1' })));",
    budget: 32 * 1024,
  },
  'everything (import *)': {
    source: "import * as domain from '@nongsan/domain'; console.log(domain);",
    budget: 64 * 1024,
  },
} as const;

describe('bundle size of small consumers (gzipped bytes against a budget)', () => {
  it.each(Object.entries(CONSUMERS))('%s fits its budget', async (name, { source, budget }) => {
    const result = await measure(source);
    console.info(`${name}: ${result.gzipped} B gzipped (budget ${budget} B)`);
    expect(result.gzipped).toBeLessThanOrEqual(budget);
  });

  it('foldText + formatVnd carry no zod and no other module', async () => {
    const { zod, domainModules } = await measure(CONSUMERS['foldText + formatVnd from the root'].source);
    expect(zod).toBe(false);
    expect(domainModules).toEqual(['money-format.ts', 'text.ts']);
  });

  it('VietQR build + parse carry only the modules they use (no orders, listings, places or dictionary)', async () => {
    const { domainModules } = await measure(CONSUMERS['VietQR build + parse'].source);
    expect(domainModules).toEqual(expect.arrayContaining(['crc16.ts', 'vietqr.ts']));
    const unused = domainModules.filter((m) =>
      /^(order|listing|places|catalog|messages|households|cart)/.test(m),
    );
    expect(unused).toEqual([]);
  });
});
