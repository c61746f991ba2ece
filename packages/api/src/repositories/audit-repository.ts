import type { Database } from '@nongsan/db';
import { type Kysely, sql } from 'kysely';

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

  /** What was done for a household, newest first. */
  async forHousehold(
    householdId: string,
    page: { limit: number; offset: number },
  ): Promise<AuditEntryView[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.actor_user_id')
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
      .where('audit_log.household_id', '=', householdId)
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
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
