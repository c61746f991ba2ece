import type { Database } from '@nongsan/db';
import { type Kysely, sql } from 'kysely';
import { afterPosition, type KeyPosition } from './keyset.ts';

/** One change as the audit log keeps it. */
export interface AuditEntry {
  readonly id: string;
  readonly actorUserId: string;
  readonly householdId: string | null;
  readonly action: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/** An entry with who the actor was, for the household's activity page. */
export interface AuditEntryView extends AuditEntry {
  readonly actorName: string;
  readonly actorRole: string;
}

export function auditRow(entry: AuditEntry) {
  return {
    id: entry.id,
    actor_user_id: entry.actorUserId,
    household_id: entry.householdId,
    action: entry.action,
    details: JSON.stringify(entry.details),
    at: entry.at,
  };
}

export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.recordMany([entry]);
  }

  /** Several entries in one statement (a checkout writes one per shop). */
  async recordMany(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.insertInto('audit_log').values(entries.map(auditRow)).execute();
  }

  /**
   * The household's entries whose details hold `key` (a step sent from a phone keeps its key there), for telling a
   * repeat from a new step. The text match only narrows the rows: the caller checks the key's own field.
   */
  async withKey(householdId: string, key: string): Promise<{ details: Record<string, unknown> }[]> {
    const needle = key.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await this.db
      .selectFrom('audit_log')
      .select('details')
      .where('household_id', '=', householdId)
      .where(sql<boolean>`details like ${`%${needle}%`} escape '\\'`)
      .execute();
    return rows.map((row) => ({ details: JSON.parse(row.details) as Record<string, unknown> }));
  }

  /**
   * What was done for a household, newest first (then id); a page (`after` the previous page's last (at, id), at
   * most `limit`) seeks in `audit_log_by_household_and_time`.
   */
  async forHousehold(
    householdId: string,
    page: { after?: KeyPosition | undefined; limit: number },
  ): Promise<AuditEntryView[]> {
    let query = this.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.actor_user_id')
      .where('audit_log.household_id', '=', householdId);
    if (page.after !== undefined)
      query = query.where(afterPosition('audit_log.at', 'audit_log.id', page.after, 'desc'));
    const rows = await query
      .select([
        'audit_log.id',
        'audit_log.actor_user_id',
        'audit_log.household_id',
        'audit_log.action',
        'audit_log.details',
        'audit_log.at',
        'users.display_name',
        'users.role',
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(page.limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      actorUserId: row.actor_user_id,
      householdId: row.household_id,
      action: row.action,
      details: JSON.parse(row.details) as Record<string, unknown>,
      at: row.at,
      actorName: row.display_name,
      actorRole: row.role,
    }));
  }
}
