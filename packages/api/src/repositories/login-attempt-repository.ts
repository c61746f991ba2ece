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

/** A reserved attempt: its number within the window (1 … maxFailures). */
export interface AttemptSlot {
  readonly attempt: number;
}

/**
 * Login attempts per phone number, in the database, so every server process sees the same count. An attempt is
 * counted BEFORE its password is checked (`reserve`), so guesses sent at the same moment, to one process or several,
 * cannot all be checked against a count that none of them has raised yet: only `maxFailures` of them get a slot.
 */
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
   * Reserves one attempt with a single conditional upsert, counted as a failure until the password proves right
   * (`clear`) — so attempts still in flight count too. The count starts over once the window has passed or the lock
   * has ended. Null when no attempt is left: the number is locked, or the last allowed attempts are being checked
   * right now. The row lock the upsert takes makes this hold across processes on PostgreSQL; SQLite writes one at a
   * time.
   */
  async reserve(phone: string, now: Date, policy: LockoutPolicy): Promise<AttemptSlot | null> {
    const at = now.toISOString();
    const windowStart = new Date(now.getTime() - policy.windowMs).toISOString();
    const row = await this.db
      .insertInto('login_attempts')
      .values({ phone, failures: 1, first_failed_at: at, last_failed_at: at, locked_until: null })
      .onConflict((oc) =>
        oc
          .column('phone')
          .doUpdateSet((eb) => {
            const fresh = eb.or([
              eb('login_attempts.first_failed_at', '<=', windowStart),
              eb('login_attempts.locked_until', '<=', at),
            ]);
            return {
              failures: eb
                .case()
                .when(fresh)
                .then(1)
                .else(eb('login_attempts.failures', '+', 1))
                .end(),
              first_failed_at: eb
                .case()
                .when(fresh)
                .then(at)
                .else(eb.ref('login_attempts.first_failed_at'))
                .end(),
              last_failed_at: at,
              locked_until: eb
                .case()
                .when(fresh)
                .then(null)
                .else(eb.ref('login_attempts.locked_until'))
                .end(),
            };
          })
          .where((eb) =>
            eb.or([
              eb('login_attempts.first_failed_at', '<=', windowStart),
              eb('login_attempts.locked_until', '<=', at),
              eb.and([
                eb('login_attempts.failures', '<', policy.maxFailures),
                eb('login_attempts.locked_until', 'is', null),
              ]),
            ]),
          ),
      )
      .returning('failures')
      .executeTakeFirst();
    return row ? { attempt: Number(row.failures) } : null;
  }

  /** The last allowed attempt was wrong: the number is locked from now for `policy.lockMs`. */
  async lock(phone: string, now: Date, policy: LockoutPolicy): Promise<Date> {
    const until = new Date(now.getTime() + policy.lockMs);
    await this.db
      .updateTable('login_attempts')
      .set({ locked_until: until.toISOString() })
      .where('phone', '=', phone)
      .execute();
    return until;
  }

  /** Gives back a reserved attempt that was not a wrong password (the account turned out to be disabled). */
  async release(phone: string): Promise<void> {
    await this.db
      .updateTable('login_attempts')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('phone', '=', phone)
      .where('failures', '>', 0)
      .execute();
  }

  /** A successful login (or a new password) forgets the failures. */
  async clear(phone: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('phone', '=', phone).execute();
  }
}
