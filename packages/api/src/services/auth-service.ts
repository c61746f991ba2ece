import type { Database } from '@nongsan/db';
import { DomainError } from '@nongsan/domain';
import type { Kysely } from 'kysely';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/passwords.ts';
import { hashSessionToken, newSessionToken, SESSION_TTL_MS } from '../auth/session-tokens.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';
import type { LockoutPolicy } from '../repositories/login-attempt-repository.ts';
import { inTransaction, repositoriesFor } from '../repositories/repositories.ts';
import type { User } from '../repositories/user-repository.ts';
import { recordAudit } from './audit.ts';

/** 5 wrong passwords within 15 minutes lock the phone number for 15 minutes, across every server process. */
export const LOGIN_LOCKOUT: LockoutPolicy = { windowMs: 15 * 60_000, maxFailures: 5, lockMs: 15 * 60_000 };

export interface AuthDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
}

/** A new session: the token goes into the cookie, only its hash into the database. */
export interface IssuedSession {
  readonly token: string;
  readonly expiresAt: Date;
  readonly user: SessionUser;
}

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    role: user.role,
    householdId: user.householdId,
    phone: user.phone,
    displayName: user.displayName,
    communeCode: user.communeCode,
    provinceCode: user.provinceCode,
  };
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export type Registration =
  | {
      readonly kind: 'buyer';
      readonly phone: string;
      readonly password: string;
      readonly displayName: string;
    }
  | {
      readonly kind: 'household';
      readonly phone: string;
      readonly password: string;
      readonly displayName: string;
      readonly villageId: string;
      /** The head of the household; the person registering when not given. */
      readonly head: string | null;
    };

export class AuthService {
  constructor(private readonly deps: AuthDeps) {}

  private async issueSession(user: User): Promise<IssuedSession> {
    const now = this.deps.clock.now();
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await repositoriesFor(this.deps.db).sessions.create({
      id: hashSessionToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt, user: toSessionUser(user) };
  }

  /**
   * Anyone may register as a buyer, or as a household in a village (the household is created with the login, at
   * the `registered` stage). Signs the new user in.
   */
  async register(registration: Registration): Promise<IssuedSession> {
    const now = this.deps.clock.now();
    const passwordHash = await hashPassword(registration.password);
    const user = await inTransaction(this.deps.db, async (repos) => {
      let householdId: string | null = null;
      if (registration.kind === 'household') {
        if (!(await repos.villages.exists(registration.villageId))) {
          throw new DomainError('village.not_found', { villageId: registration.villageId }, ['villageId']);
        }
        householdId = newId('hh');
        await repos.households.insert({
          id: householdId,
          villageId: registration.villageId,
          head: registration.head ?? registration.displayName,
          adoptionStage: 'registered',
          createdAt: now,
        });
      }
      const id = newId('usr');
      await repos.users.insert({
        id,
        phone: registration.phone,
        role: registration.kind === 'buyer' ? 'buyer' : 'seller',
        householdId,
        displayName: registration.displayName,
        passwordHash,
        createdAt: now,
      });
      await recordAudit(repos, {
        actorUserId: id,
        householdId,
        action: 'auth.register',
        details: { role: registration.kind === 'buyer' ? 'buyer' : 'seller' },
        at: now,
      });
      const created = await repos.users.findById(id);
      if (!created) throw new Error(`The user ${id} just inserted is missing`);
      return created;
    });
    return this.issueSession(user);
  }

  /**
   * Checks the password; attempts are counted per phone number in the database (whether or not the number has an
   * account, so the answer does not reveal which numbers are registered). Each attempt takes its slot before the
   * password is checked, so guesses sent at once are counted while still in flight: of the guesses arriving together
   * after four wrong ones, only one is checked, and if it is wrong the number is locked for every other. A locked
   * number is refused before the password is even checked.
   */
  async login(phone: string, password: string): Promise<IssuedSession> {
    const repos = repositoriesFor(this.deps.db);
    const now = this.deps.clock.now();
    const slot = await repos.loginAttempts.reserve(phone, now, LOGIN_LOCKOUT);
    if (!slot) {
      // Locked, or the last allowed attempts are being checked at this moment: they lock it if they are wrong.
      const lockedUntil = await repos.loginAttempts.lockedUntil(phone, now);
      const minutes = lockedUntil ? minutesUntil(lockedUntil, now) : LOGIN_LOCKOUT.lockMs / 60_000;
      throw new DomainError('auth.too_many_attempts', { minutes });
    }
    const user = await repos.users.findByPhone(phone);
    const ok =
      user?.passwordHash != null
        ? await verifyPassword(password, user.passwordHash)
        : await verifyAgainstNothing(password);
    if (!ok || !user) {
      if (slot.attempt >= LOGIN_LOCKOUT.maxFailures) {
        const lockedUntil = await repos.loginAttempts.lock(phone, now, LOGIN_LOCKOUT);
        throw new DomainError('auth.too_many_attempts', { minutes: minutesUntil(lockedUntil, now) });
      }
      throw new DomainError('auth.invalid_credentials');
    }
    if (user.disabledAt !== null) {
      await repos.loginAttempts.release(phone);
      throw new DomainError('auth.account_disabled');
    }
    await repos.loginAttempts.clear(phone);
    return this.issueSession(user);
  }

  async logout(token: string | null): Promise<void> {
    if (token) await repositoriesFor(this.deps.db).sessions.delete(hashSessionToken(token));
  }
}
