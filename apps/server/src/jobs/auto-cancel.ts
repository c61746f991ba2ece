import type { ServiceDeps } from '@nongsan/api';
import { OrdersService } from '@nongsan/api';

/** How often the job looks for orders past their confirmation deadline. */
export const AUTO_CANCEL_INTERVAL_MS = 60_000;

export interface AutoCancelJob {
  /** One pass now: cancels every overdue order (in batches), returns how many this process cancelled. */
  runOnce(): Promise<number>;
  stop(): void;
}

/**
 * Cancels orders a seller has not confirmed within 24 hours of the injected clock, giving their stock back: once at
 * start, then every minute. Several server processes may run it over one database: each order is cancelled in its
 * own transaction behind a version check, so exactly one process cancels it and its stock comes back once. A pass
 * still running when the next tick comes is not doubled.
 */
export function startAutoCancel(
  deps: ServiceDeps,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): AutoCancelJob {
  const service = new OrdersService(deps);
  const onError = options.onError ?? ((error: unknown) => console.error('auto-cancel failed', error));
  let running: Promise<number> | null = null;

  const runOnce = async (): Promise<number> => {
    if (running) return running;
    running = (async () => {
      let total = 0;
      for (;;) {
        const cancelled = await service.expireOverdue();
        total += cancelled;
        if (cancelled === 0) return total;
      }
    })();
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const tick = () => {
    runOnce().catch(onError);
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? AUTO_CANCEL_INTERVAL_MS);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
