/**
 * The built server as a separate process (`node main.js` with its environment), for what an in-process test server
 * cannot show: an answer surviving `kill -9`, and two processes sharing one database.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_NOW } from './harness.ts';

const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Where the test build goes: not `dist/`, which `pnpm start` and the apps' browser tests run from while this suite
 * may be building; inside `node_modules/` so the compiled files still resolve the workspace packages.
 */
const BUILD_DIR = join(SERVER_DIR, 'node_modules', '.cache', 'nongsan-test-server');

/** Compiles the server (a couple of seconds) and returns its entry point. Call once per test file. */
export function buildServer(): string {
  execFileSync(
    process.execPath,
    [
      join(SERVER_DIR, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      BUILD_DIR,
    ],
    { cwd: SERVER_DIR, stdio: 'pipe' },
  );
  return join(BUILD_DIR, 'main.js');
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Ends the process with `signal` (SIGKILL: no shutdown code runs) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServerProcessOptions {
  readonly databaseUrl: string;
  /** Shared by every process of a test, like a deployment's data folder (the session secret lives in the env). */
  readonly dataDir: string;
  readonly now?: string;
}

/** A fixed secret, so a session cookie from one process is valid on another and after a restart. */
const SESSION_SECRET = 'process-test-secret-process-test-secret-42';

/** Starts `node <entry>` on a free port of 127.0.0.1 and resolves once it says where it listens. */
export function startServerProcess(entry: string, options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [entry], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      NONGSAN_DATA_DIR: options.dataDir,
      NONGSAN_NOW: options.now ?? TEST_NOW,
      NONGSAN_SEED: 'none',
      SESSION_SECRET,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      fail(new Error(`The server did not start within 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API\s+(http:\/\/[^\s]+)\/trpc/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        ready({ url: match[1], child, stop });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`The server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

/** A temporary data folder for server processes; `remove()` deletes it. */
export function tempDataDir(): { readonly path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'nongsan-process-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
