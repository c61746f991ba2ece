/**
 * The bench's separate processes: a script of this package run with `node`, its input as JSON in the environment,
 * its answer as the last line of its output (JSON). Every child is tracked, so none outlives the bench.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackChild } from './cleanup.ts';

/** This package's compiled scripts (`dist/`), where the running file is. */
export const SCRIPTS_DIR = dirname(fileURLToPath(import.meta.url));

export const INPUT_VARIABLE = 'BENCH_INPUT';

/** Reads the input a parent passed to `runScript` (in the child). */
export function scriptInput<T>(): T {
  const text = process.env[INPUT_VARIABLE];
  if (!text) throw new Error(`${INPUT_VARIABLE} is not set: the bench runs this script, not a person`);
  return JSON.parse(text) as T;
}

/** Writes the child's answer (in the child): one JSON line, the last of its output. */
export function answer(value: unknown): void {
  process.stdout.write(`\n${JSON.stringify(value)}\n`);
}

/** Runs `node <SCRIPTS_DIR>/<script>` with `input`, and resolves with what it answered. */
export function runScript<T>(
  script: string,
  input: unknown,
  options: { timeoutMs?: number; nodeArgs?: readonly string[] } = {},
): Promise<T> {
  const child = trackChild(
    spawn(process.execPath, [...(options.nodeArgs ?? []), join(SCRIPTS_DIR, script)], {
      env: { ...process.env, [INPUT_VARIABLE]: JSON.stringify(input) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as T);
      else
        reject(
          new Error(
            `${script} ended with ${signal ?? `exit code ${code}`}${signal === 'SIGKILL' ? ` (over ${timeoutMs} ms?)` : ''}:\n${err.slice(-2000)}${out.slice(-1000)}`,
          ),
        );
    });
  });
}
