import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Id, UtcTimeText } from '../column-types.ts';

/** Who a person is on the marketplace. Helpers and officials are appointed by an official. */
export const USER_ROLES = ['seller', 'helper', 'buyer', 'official'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A login: one phone number, one role. A seller's login belongs to a household. */
export interface UsersTable {
  id: Id;
  /** The phone number in one normal form chosen by the domain (unique). */
  phone: string;
  /** A KDF hash (scrypt/argon2, with its parameters). Null until a password is set: seeded accounts have none. */
  password_hash: string | null;
  role: UserRole;
  /** The household a seller signs in for; null for every other role. */
  household_id: Id | null;
  /** For helpers: the village whose community technology team they belong to. */
  village_id: Id | null;
  /** For helpers: what they are in the village ("Trưởng thôn", "Bí thư chi đoàn"); null when nothing is said. */
  team_role: string | null;
  /** For a commune official: the commune they are appointed to (and see alone). */
  commune_code: string | null;
  /** For a province official: the province whose every commune they see (never together with a commune). */
  province_code: string | null;
  display_name: string;
  created_at: UtcTimeText;
  /** Set when an official withdraws a login; a disabled login cannot sign in. */
  disabled_at: UtcTimeText | null;
}

/** A signed-in session. The id is a hash of the cookie's token, so a copy of the table grants no access. */
export interface SessionsTable {
  id: string;
  user_id: Id;
  created_at: UtcTimeText;
  expires_at: UtcTimeText;
}

/**
 * Failed logins per phone number, counted in the database so the limit holds across server processes. One row per
 * phone, changed with a single upsert (`failures = failures + 1`) so concurrent attempts all count.
 */
export interface LoginAttemptsTable {
  phone: string;
  failures: Generated<number>;
  first_failed_at: UtcTimeText;
  last_failed_at: UtcTimeText;
  /** Until when logins for this phone are refused; null when not locked. */
  locked_until: UtcTimeText | null;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserRowUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type NewSessionRow = Insertable<SessionsTable>;
export type LoginAttemptRow = Selectable<LoginAttemptsTable>;
