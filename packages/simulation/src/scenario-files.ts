import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomainError, formatProblem, type Problem } from '@nongsan/domain';
import { BUILT_IN_SCENARIOS } from './scenarios/index.ts';

/**
 * A scenario by name or file: a built-in id (`long-dong-2021`), a JSON file, or a JavaScript module (`.js`,
 * `.mjs`) whose default export (or `scenario` export) is the scenario. TypeScript scenario files are the built-in
 * ones, compiled with the package; Node 20 cannot load a `.ts` file by itself.
 */
export async function loadScenarioInput(ref: string, cwd = process.cwd()): Promise<unknown> {
  const builtIn = BUILT_IN_SCENARIOS[ref];
  if (builtIn) return builtIn;
  const path = resolve(cwd, ref);
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown; scenario?: unknown };
    return module.default ?? module.scenario;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DomainError(
      'validation.not_allowed',
      { allowed: `${Object.keys(BUILT_IN_SCENARIOS).join(', ')}, or a .json / .js file` },
      ['--scenario'],
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('validation.invalid_format', { format: 'JSON' }, ['--scenario', ref]);
  }
}

/** The value at a field path of an input, for error messages (undefined when the path leads nowhere). */
export function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return node;
}

/**
 * A scenario's problems as lines a person reads: the field path, the value found there, and what is allowed, in
 * Vietnamese then English.
 */
export function describeProblems(problems: readonly Problem[], input: unknown): string[] {
  return problems.map((p) => {
    const value = valueAt(input, p.path);
    const json = value === undefined ? '(missing)' : JSON.stringify(value);
    const shown = json.length > 60 ? `${json.slice(0, 57)}...` : json;
    const field = p.path.length > 0 ? p.path.join('.') : '(scenario)';
    return `  ${field} = ${shown}: ${formatProblem(p, 'vi')} / ${formatProblem(p, 'en')}${technicalDetail(p)}`;
  });
}

/**
 * The domain's messages speak to a person and leave out what zod expected; a planner editing a scenario file wants
 * it too (`expected number`, the allowed codes), so it follows the words.
 */
function technicalDetail(problem: Problem): string {
  const { expected, allowed, format, keys } = problem.params as Record<string, unknown>;
  const details = [
    expected !== undefined && `expected ${String(expected)}`,
    allowed !== undefined && `allowed: ${String(allowed)}`,
    format !== undefined && `format: ${String(format)}`,
    keys !== undefined && `unknown: ${String(keys)}`,
  ].filter((detail): detail is string => typeof detail === 'string');
  return details.length > 0 ? ` (${details.join('; ')})` : '';
}
