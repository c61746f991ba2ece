import { newId } from '../ids.ts';
import type { Repositories } from '../repositories/repositories.ts';

/** Records who did what, for which household, at which time (the household sees it in its activity log). */
export function recordAudit(
  repos: Pick<Repositories, 'audit'>,
  entry: {
    actorUserId: string;
    householdId: string | null;
    action: string;
    details?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  return repos.audit.record({
    id: newId('aud'),
    actorUserId: entry.actorUserId,
    householdId: entry.householdId,
    action: entry.action,
    details: entry.details ?? {},
    at: entry.at.toISOString(),
  });
}
