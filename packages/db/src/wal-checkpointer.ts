import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * How often the checkpointer copies what the WAL gained into the database file (`PRAGMA wal_checkpoint(PASSIVE)`).
 * A pass with nothing new to copy costs a few microseconds.
 */
export const WAL_CHECKPOINT_INTERVAL_MS = 100;

/**
 * Frames (pages) in the WAL beyond which the checkpointer makes the next writer start the WAL again from its
 * beginning (`wal_checkpoint(RESTART)`), so that writers that never pause cannot grow it without end: 4,000 pages of
 * 4 KB is 16 MB, about 140 orders' worth (28 pages each). Passive passes have copied nearly all of it by then.
 */
export const WAL_RESTART_AT_PAGES = 4_000;

export interface WalCheckpointerOptions {
  readonly intervalMs?: number;
  readonly restartAtPages?: number;
  /**
   * Runs `work` while this process writes nothing (the connection held): a RESTART waits for every writer, and one
   * that keeps starting transactions back to back (group commit under load) would never let it in. By default
   * `work` just runs. The event loop stays free meanwhile: the copy and its `fsync` happen on the thread.
   */
  readonly exclusive?: (work: () => Promise<void>) => Promise<void>;
}

/** A thread of its own that checkpoints a SQLite file's WAL, so that no commit (and no request) waits for it. */
export interface WalCheckpointer {
  /** Stops the thread after one last passive pass. Calling it again does nothing. */
  stop(): Promise<void>;
}

/**
 * The thread's code (CommonJS, run with `eval`, so it needs no file of its own in `src/` or `dist/`): its own
 * better-sqlite3 connection to the same file, a passive checkpoint every `intervalMs`, and a RESTART when asked. A
 * checkpoint never changes what a reader sees and is safe against a crash at any point (SQLite copies the WAL's
 * frames into the file and only then marks them copied), so a thread killed with its process loses nothing: the
 * next connection to open the file finds the frames still in the WAL. SQLITE_BUSY (another process's writer or
 * checkpoint) is not a failure: the next pass tries again.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { timeout: 1000 });
const checkpoint = (mode) => {
  try {
    return db.pragma('wal_checkpoint(' + mode + ')')[0];
  } catch (error) {
    if (error && error.code !== 'SQLITE_BUSY') parentPort.postMessage({ error: String(error.message) });
    return undefined;
  }
};
let asked = false;
const pass = () => {
  const row = checkpoint('PASSIVE');
  if (row && row.log >= workerData.restartAtPages && !asked) {
    asked = true;
    parentPort.postMessage({ restartWanted: row.log });
  }
};
const timer = setInterval(pass, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'restart') {
    checkpoint('RESTART');
    asked = false;
    parentPort.postMessage({ restarted: true });
  } else if (message === 'stop') {
    clearInterval(timer);
    checkpoint('PASSIVE');
    db.close();
    parentPort.close();
  }
});
`;

/**
 * Starts checkpointing `filename`'s WAL from another thread. The connections that write to the file should have
 * `PRAGMA wal_autocheckpoint = 0`: otherwise the commit that crosses 1,000 pages copies them into the database file
 * and `fsync`s it while every request waits (with `synchronous = NORMAL` a commit itself does not `fsync`, so that
 * checkpoint is most of what a commit costs on average).
 */
export function startWalCheckpointer(
  filename: string,
  options: WalCheckpointerOptions = {},
  onError: (message: string) => void = (message) =>
    console.error(`SQLite checkpointer (${filename}): ${message}`),
): WalCheckpointer {
  const exclusive = options.exclusive ?? ((work) => work());
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      filename,
      intervalMs: options.intervalMs ?? WAL_CHECKPOINT_INTERVAL_MS,
      restartAtPages: options.restartAtPages ?? WAL_RESTART_AT_PAGES,
    },
  });
  // The thread never keeps the process alive: a process that ends without `destroy()` leaves the frames in the WAL,
  // where the next connection finds them.
  worker.unref();
  let restarted: (() => void) | undefined;
  let stopping = false;
  let gone = false;
  worker.on('message', (message: { error?: string; restartWanted?: number; restarted?: boolean }) => {
    if (message.error !== undefined) onError(message.error);
    if (message.restarted) restarted?.();
    if (message.restartWanted !== undefined && !stopping) {
      exclusive(
        () =>
          new Promise<void>((done) => {
            if (gone || stopping) return done();
            restarted = done;
            worker.postMessage('restart');
          }),
      ).catch((error: Error) => onError(error.message));
    }
  });
  worker.on('error', (error) => onError(error.message));
  const exited = new Promise<void>((done) => worker.once('exit', () => done()));
  void exited.then(() => {
    gone = true;
    restarted?.();
  });
  let stopped: Promise<void> | undefined;
  return {
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        // Held until the thread has closed its connection, or a process with nothing else to do would end first.
        worker.ref();
        worker.postMessage('stop');
        await exited;
      })();
      return stopped;
    },
  };
}
