import type { Database } from '@nongsan/db';
import type { Kysely } from 'kysely';
import { roleOfRow, type SessionUser } from '../auth/session-user.ts';

/** Sessions and the users they sign in. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: { id: string; userId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        created_at: session.createdAt.toISOString(),
        expires_at: session.expiresAt.toISOString(),
      })
      .execute();
  }

  /** The user of a session that has not expired at `now`, unless their login was disabled. */
  async findUser(sessionId: string, now: Date): Promise<SessionUser | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'users.id',
        'users.role',
        'users.household_id',
        'users.phone',
        'users.display_name',
        'users.commune_code',
        'users.province_code',
      ])
      .where('sessions.id', '=', sessionId)
      .where('sessions.expires_at', '>', now.toISOString())
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      role: roleOfRow(row),
      householdId: row.household_id,
      phone: row.phone,
      displayName: row.display_name,
      communeCode: row.commune_code,
      provinceCode: row.province_code,
    };
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
  }

  /** Signs a user out everywhere (after a password reset). */
  async deleteForUser(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }
}
