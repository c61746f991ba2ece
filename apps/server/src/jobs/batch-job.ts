/** A job that works through what is due in batches, at start and then on a timer. */
export interface BatchJob {
  /** One pass now: batches until one does nothing; returns how many this process handled. */
  runOnce(): Promise<number>;
  stop(): void;
}

/**
 * Runs `batch` (which handles some due items and says how many) until it handles none: once at start, then every
 * `intervalMs`. A pass still running when the next tick comes is not doubled; a failed pass goes to `onError`.
 */
export function startBatchJob(
  batch: () => Promise<number>,
  options: { intervalMs: number; onError: (error: unknown) => void },
): BatchJob {
  let running: Promise<number> | null = null;

  const runOnce = async (): Promise<number> => {
    if (running) return running;
    running = (async () => {
      let total = 0;
      for (;;) {
        const handled = await batch();
        total += handled;
        if (handled === 0) return total;
      }
    })();
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const tick = () => {
    runOnce().catch(options.onError);
  };
  tick();
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
