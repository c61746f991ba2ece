import type { ServiceDeps } from '@nongsan/api';
import { OrdersService } from '@nongsan/api';
import { type BatchJob, startBatchJob } from './batch-job.ts';

/** How often the job looks for orders past their confirmation deadline. */
export const AUTO_CANCEL_INTERVAL_MS = 60_000;

/** `runOnce` cancels every overdue order (in batches) and returns how many this process cancelled. */
export type AutoCancelJob = BatchJob;

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
  return startBatchJob(() => service.expireOverdue(), {
    intervalMs: options.intervalMs ?? AUTO_CANCEL_INTERVAL_MS,
    onError: options.onError ?? ((error: unknown) => console.error('auto-cancel failed', error)),
  });
}
