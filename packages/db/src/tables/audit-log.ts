import type { Insertable, Selectable } from 'kysely';
import type { Id, JsonText, UtcTimeText } from '../column-types.ts';

/**
 * Every change a person makes, who made it and for which household: a helper's actions for a household are
 * visible to that household as the helper's. Rows are only ever added.
 */
export interface AuditLogTable {
  id: Id;
  actor_user_id: Id;
  /** The household acted for; null when the change concerns no household (a buyer's, an official's own). */
  household_id: Id | null;
  /** A stable name of what was done ("shop.open", "listing.update", "household.reset_password", …). */
  action: string;
  /** What changed, as JSON (ids, before/after values); never a password or a token. */
  details: JsonText;
  at: UtcTimeText;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
