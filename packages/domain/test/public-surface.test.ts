import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.ts';

/**
 * The public surface: every export of every source module is reachable from the root and from exactly the subpath
 * that holds its area, so a new module or export cannot be forgotten in `src/entries/`. Modules that only help
 * other modules are named here.
 */
const INTERNAL_MODULES = ['local-date-text.ts', 'quantity-params.ts'];
const src = resolve(import.meta.dirname, '../src');
async function load(
  dir: string,
  keep: (file: string) => boolean,
): Promise<Record<string, Record<string, unknown>>> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && keep(f));
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await import(join(dir, f))] as const)),
  );
}
const modules = await load(src, (f) => f !== 'index.ts' && !INTERNAL_MODULES.includes(f));
const entries = await load(join(src, 'entries'), () => true);

describe('the public surface', () => {
  it('exports every value of every module from the root', () => {
    const missing = Object.entries(modules).flatMap(([path, exports]) =>
      Object.keys(exports)
        .filter((name) => !(name in root))
        .map((name) => `${path}: ${name}`),
    );
    expect(missing, 'add the module to a file in src/entries/').toEqual([]);
  });

  it('makes the root exactly the union of the subpath entries, each name in one subpath only', () => {
    const owners = new Map<string, string[]>();
    for (const [path, exports] of Object.entries(entries))
      for (const name of Object.keys(exports)) owners.set(name, [...(owners.get(name) ?? []), path]);
    expect([...owners.keys()].sort()).toEqual(Object.keys(root).sort());
    expect([...owners].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });
});
