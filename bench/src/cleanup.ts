/**
 * Leaves no process running: every child the bench starts, and every server or browser it opens, registers how to
 * stop it here; on exit, Ctrl-C or SIGTERM they are all stopped.
 */
import type { ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();
const stoppers = new Set<() => Promise<void>>();

/** Kills `child` with the others when the bench ends, however it ends. */
export function trackChild<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Runs `stop` if the bench is interrupted before the caller stopped what it opened; returns the unregister. */
export function onInterrupt(stop: () => Promise<void>): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

function killChildren(signal: NodeJS.Signals): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}

let installed = false;

/** Installs the exit and signal handlers (once). */
export function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => killChildren('SIGKILL'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every process the bench started`);
      killChildren('SIGTERM');
      const all = Promise.allSettled([...stoppers].map((stop) => stop()));
      const timeout = new Promise((done) => setTimeout(done, 5000));
      void Promise.race([all, timeout]).then(() => {
        killChildren('SIGKILL');
        process.exit(130);
      });
    });
  }
}
