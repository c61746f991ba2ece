import { type Kysely, sql } from 'kysely';

/** The schema builder a part of the first migration writes with (`Kysely<unknown>`: see migrations.ts). */
type Schema = Kysely<unknown>['schema'];

// Primary keys are declared NOT NULL as well: SQLite, for old compatibility, lets a text primary key hold null.

/** Villages, households, their accounts, sessions and sign-in attempts, members, payment accounts, helpers. */
export async function createPeopleTables(schema: Schema): Promise<void> {
  await schema
    .createTable('villages')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legacy_commune_code', 'text', (c) => c.notNull())
    .addColumn('current_commune_code', 'text', (c) => c.notNull())
    .addColumn('name_is_invented', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('villages_name_unique', ['legacy_commune_code', 'name'])
    .addCheckConstraint('villages_name_is_invented_flag', sql`name_is_invented in (0, 1)`)
    .execute();

  // households.helper_id points at users, and users.household_id at households: the households table comes
  // first and gets helper_id once users exists (ALTER TABLE … ADD COLUMN … REFERENCES works on both dialects).
  await schema
    .createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('village_id', 'text', (c) => c.notNull().references('villages.id'))
    .addColumn('head_name', 'text', (c) => c.notNull())
    .addColumn('is_lead', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('adoption_stage', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('households_is_lead_flag', sql`is_lead in (0, 1)`)
    .execute();

  await schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('village_id', 'text', (c) => c.references('villages.id'))
    .addColumn('team_role', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addUniqueConstraint('users_phone_unique', ['phone'])
    .addCheckConstraint('users_role_known', sql`role in ('seller', 'helper', 'buyer', 'official')`)
    .addCheckConstraint(
      'users_household_iff_seller',
      sql`(role = 'seller' and household_id is not null) or (role <> 'seller' and household_id is null)`,
    )
    .execute();

  await schema
    .alterTable('households')
    .addColumn('helper_id', 'text', (c) => c.references('users.id'))
    .execute();

  await schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('login_attempts')
    .addColumn('phone', 'text', (c) => c.primaryKey().notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_failed_at', 'text', (c) => c.notNull())
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addCheckConstraint('login_attempts_failures_not_negative', sql`failures >= 0`)
    .execute();

  await schema
    .createTable('household_members')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer', (c) => c.notNull())
    .addColumn('has_smartphone', 'integer', (c) => c.notNull())
    .addCheckConstraint('household_members_has_smartphone_flag', sql`has_smartphone in (0, 1)`)
    .execute();

  await schema
    .createTable('payment_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('holder_name', 'text')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('payment_accounts_number_unique', ['household_id', 'provider', 'account_number'])
    .addCheckConstraint('payment_accounts_kind_known', sql`kind in ('bank', 'e_wallet')`)
    .addCheckConstraint('payment_accounts_is_default_flag', sql`is_default in (0, 1)`)
    .execute();

  await schema
    .createTable('helper_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('helper_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
}
