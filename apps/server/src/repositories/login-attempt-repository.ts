import type { Database } from '@nongsan/db';
import type { Kysely } from 'kysely';

/** The lockout policy the repository applies in one statement. */
export interface LockoutPolicy {
  /** Failures counted within this window... */
  readonly windowMs: number;
  /** ...up to this many lock the phone number... */
  readonly maxFailures: number;
  /** ...for this long. */
  readonly lockMs: number;
}

/** Failed logins per phone number, in the database, so every server process sees the same count. */
export class LoginAttemptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Until when logins for `phone` are refused, or null. */
  async lockedUntil(phone: string, now: Date): Promise<Date | null> {
    const row = await this.db
      .selectFrom('login_attempts')
      .select('locked_until')
      .where('phone', '=', phone)
      .executeTakeFirst();
    if (!row?.locked_until || row.locked_until <= now.toISOString()) return null;
    return new Date(row.locked_until);
  }

  /**
   * Counts one failure with a single upsert, so failures arriving at once from several processes all count: a
   * failure after the window started over begins a new count; reaching the maximum sets `locked_until`.
   * Returns the count and the lock after this failure.
   */
  async recordFailure(
    phone: string,
    now: Date,
    policy: LockoutPolicy,
  ): Promise<{ failures: number; lockedUntil: Date | null }> {
    const at = now.toISOString();
    const windowStart = new Date(now.getTime() - policy.windowMs).toISOString();
    const lockUntil = new Date(now.getTime() + policy.lockMs).toISOString();
    const row = await this.db
      .insertInto('login_attempts')
      .values({
        phone,
        failures: 1,
        first_failed_at: at,
        last_failed_at: at,
        locked_until: policy.maxFailures <= 1 ? lockUntil : null,
      })
      .onConflict((oc) =>
        oc.column('phone').doUpdateSet((eb) => {
          const stale = eb('login_attempts.first_failed_at', '<=', windowStart);
          const failures = eb
            .case()
            .when(stale)
            .then(1)
            .else(eb('login_attempts.failures', '+', 1))
            .end();
          return {
            failures,
            first_failed_at: eb
              .case()
              .when(stale)
              .then(at)
              .else(eb.ref('login_attempts.first_failed_at'))
              .end(),
            last_failed_at: at,
            locked_until: eb
              .case()
              .when(failures, '>=', policy.maxFailures)
              .then(lockUntil)
              .else(eb.ref('login_attempts.locked_until'))
              .end(),
          };
        }),
      )
      .returning(['failures', 'locked_until'])
      .executeTakeFirstOrThrow();
    return {
      failures: Number(row.failures),
      lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
    };
  }

  /** A successful login forgets the failures. */
  async clear(phone: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('phone', '=', phone).execute();
  }
}
