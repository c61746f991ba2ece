import { ComplaintsService, type ServiceDeps } from '@nongsan/api';
import { type BatchJob, startBatchJob } from './batch-job.ts';

/** How often the job looks for complaints the shop left unsettled for 48 hours. */
export const COMPLAINT_ESCALATION_INTERVAL_MS = 5 * 60_000;

/** `runOnce` escalates every due complaint (in batches) and returns how many this process escalated. */
export type ComplaintEscalationJob = BatchJob;

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
  return startBatchJob(() => service.escalateDue(), {
    intervalMs: options.intervalMs ?? COMPLAINT_ESCALATION_INTERVAL_MS,
    onError: options.onError ?? ((error: unknown) => console.error('complaint escalation failed', error)),
  });
}
