import { ComplaintsService, type ServiceDeps } from '@nongsan/api';

/** How often the job looks for complaints the shop left unsettled for 48 hours. */
export const COMPLAINT_ESCALATION_INTERVAL_MS = 5 * 60_000;

export interface ComplaintEscalationJob {
  /** One pass now: escalates every due complaint (in batches), returns how many this process escalated. */
  runOnce(): Promise<number>;
  stop(): void;
}

/**
 * Hands to the village's tech team every complaint still unsettled (unanswered, or its refund unpaid) 48 hours
 * after the buyer filed it, by the injected clock: once at start, then every five minutes. Several server
 * processes may run it over one database: each complaint is escalated in its own transaction behind its state as
 * read, so it is escalated once. A pass still running when the next tick comes is not doubled.
 */
export function startComplaintEscalation(
  deps: ServiceDeps,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): ComplaintEscalationJob {
  const service = new ComplaintsService(deps);
  const onError =
    options.onError ?? ((error: unknown) => console.error('complaint escalation failed', error));
  let running: Promise<number> | null = null;

  const runOnce = async (): Promise<number> => {
    if (running) return running;
    running = (async () => {
      let total = 0;
      for (;;) {
        const escalated = await service.escalateDue();
        total += escalated;
        if (escalated === 0) return total;
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
  const timer = setInterval(tick, options.intervalMs ?? COMPLAINT_ESCALATION_INTERVAL_MS);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
