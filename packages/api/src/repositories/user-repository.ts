import { constraintViolation, type Database, type UserRow } from '@nongsan/db';
import { DomainError } from '@nongsan/domain';
import type { Kysely } from 'kysely';
import { roleOfRow, type UserRole } from '../auth/session-user.ts';

/** A login as the services see it (the password hash stays in the repository's callers that need it). */
export interface User {
  readonly id: string;
  readonly phone: string;
  readonly role: UserRole;
  readonly householdId: string | null;
  readonly villageId: string | null;
  readonly teamRole: string | null;
  /** A commune official's commune; a province official's province. */
  readonly communeCode: string | null;
  readonly provinceCode: string | null;
  readonly displayName: string;
  readonly passwordHash: string | null;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

export interface NewUser {
  readonly id: string;
  readonly phone: string;
  readonly role: UserRole;
  readonly householdId?: string | null;
  readonly villageId?: string | null;
  readonly teamRole?: string | null;
  readonly communeCode?: string | null;
  readonly provinceCode?: string | null;
  readonly displayName: string;
  readonly passwordHash: string | null;
  readonly createdAt: Date;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    phone: row.phone,
    role: roleOfRow(row),
    householdId: row.household_id,
    villageId: row.village_id,
    teamRole: row.team_role,
    communeCode: row.commune_code,
    provinceCode: row.province_code,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByPhone(phone: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('phone', '=', phone).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async findById(id: string): Promise<User | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  /** Names and phones of the given logins, by id: what a seller needs to call the buyers of its orders. */
  async contacts(ids: readonly string[]): Promise<Map<string, { name: string; phone: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'display_name', 'phone'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, { name: r.display_name, phone: r.phone }]));
  }

  /** The seller logins of a household. */
  async findByHousehold(householdId: string): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('household_id', '=', householdId)
      .orderBy('created_at')
      .execute();
    return rows.map(toUser);
  }

  /** Inserts a login; a phone number already registered is `auth.phone_taken` (checked by the database). */
  async insert(user: NewUser): Promise<void> {
    try {
      await this.db.insertInto('users').values(toRow(user)).execute();
    } catch (error) {
      if (constraintViolation(error)?.kind === 'unique') {
        throw new DomainError('auth.phone_taken', { phone: user.phone }, ['phone']);
      }
      throw error;
    }
  }

  /** Many logins at once (seeding). */
  async insertMany(users: readonly NewUser[]): Promise<void> {
    for (let i = 0; i < users.length; i += 500) {
      await this.db
        .insertInto('users')
        .values(users.slice(i, i + 500).map(toRow))
        .execute();
    }
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute();
  }

  /**
   * Makes a login a helper (of a village), a commune official (of a commune) or a province official (of a
   * province): an appointment.
   */
  async appoint(
    userId: string,
    appointment: {
      role: 'helper' | 'official' | 'province_official';
      villageId: string | null;
      teamRole: string | null;
      communeCode: string | null;
      provinceCode: string | null;
    },
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        role: dbRole(appointment.role),
        village_id: appointment.villageId,
        team_role: appointment.teamRole,
        commune_code: appointment.role === 'official' ? appointment.communeCode : null,
        province_code: appointment.role === 'province_official' ? appointment.provinceCode : null,
      })
      .where('id', '=', userId)
      .execute();
  }

  /** The helpers of a village (its tech team). */
  async helpersOfVillage(villageId: string): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('role', '=', 'helper')
      .where('village_id', '=', villageId)
      .where('disabled_at', 'is', null)
      .orderBy('created_at')
      .execute();
    return rows.map(toUser);
  }

  /** One login per role, for printing the demo accounts. */
  async firstWithPassword(role: UserRole): Promise<User | null> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('role', '=', dbRole(role))
      .where('province_code', role === 'province_official' ? 'is not' : 'is', null)
      .where('password_hash', 'is not', null)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** The role column's value: a province official is an official (with a province, not a commune). */
function dbRole(role: UserRole): UserRow['role'] {
  return role === 'province_official' ? 'official' : role;
}

function toRow(user: NewUser) {
  return {
    id: user.id,
    phone: user.phone,
    role: dbRole(user.role),
    household_id: user.householdId ?? null,
    village_id: user.villageId ?? null,
    team_role: user.teamRole ?? null,
    commune_code: user.communeCode ?? null,
    province_code: user.provinceCode ?? null,
    display_name: user.displayName,
    password_hash: user.passwordHash,
    created_at: user.createdAt.toISOString(),
    disabled_at: null,
  };
}
