/** Starts `bench-server.ts` as a child process and waits until it listens. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_SERVER_READY, type BenchServerSettings } from './bench-server-settings.ts';
import { SCRIPTS_DIR } from './child-process.ts';
import { trackChild } from './cleanup.ts';

export interface BenchServer {
  readonly url: string;
  /** The server process, to read its memory. */
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * With `BENCH_PROFILE_DIR` set, each server process writes a V8 CPU profile there when it stops (`node --cpu-prof`):
 * open it in Chrome's DevTools or speedscope to see where a request's time goes.
 */
function profileArgs(): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

export function startBenchServer(settings: BenchServerSettings, timeoutMs = 180_000): Promise<BenchServer> {
  const child = trackChild(
    spawn(process.execPath, [...profileArgs(), join(SCRIPTS_DIR, 'bench-server.js')], {
      env: { ...process.env, BENCH_SERVER_SETTINGS: JSON.stringify(settings), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the benchmark server did not listen within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = new RegExp(`${BENCH_SERVER_READY} (http://\\S+)`).exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], pid: child.pid ?? 0, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the benchmark server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}
