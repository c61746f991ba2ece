import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDb, type DbHandle, type DialectName } from './create-db.ts';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrations.ts';

/**
 * Every dialect the schema runs on. Database tests loop over it, Kysely's way:
 * `for (const dialect of DIALECTS) describe(dialect, () => { const t = useTestDatabase(dialect); … })`.
 */
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

/** A database of its own for a test file: dropped (PostgreSQL) or deleted (SQLite) by `destroy()`. */
export interface TestDatabase extends DbHandle {
  /** The URL of this database, for opening more connections to it (`createDb(url)`), as a second process would. */
  readonly url: string;
}

/** PostgreSQL could not be reached: tests skip on a developer's machine and fail in CI. */
export class PostgresUnavailableError extends Error {
  override readonly name = 'PostgresUnavailableError';
}

const TEST_DATABASE_PREFIX = 'nongsan_test_';
/** Test databases left behind by a killed run are dropped by a later run once they are this old. */
const STALE_AFTER_MS = 24 * 3_600_000;

interface PostgresServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string | undefined;
}

/** The PostgreSQL server for tests: 127.0.0.1:5432 as `postgres`, unless PGHOST, PGPORT, PGUSER, PGPASSWORD say. */
function postgresServer(): PostgresServer {
  return {
    host: process.env.PGHOST || '127.0.0.1',
    port: Number(process.env.PGPORT || 5432),
    user: process.env.PGUSER || 'postgres',
    password: process.env.PGPASSWORD || undefined,
  };
}

function postgresUrl(server: PostgresServer, database: string): string {
  const auth =
    encodeURIComponent(server.user) +
    (server.password === undefined ? '' : `:${encodeURIComponent(server.password)}`);
  return `postgres://${auth}@${server.host}:${server.port}/${encodeURIComponent(database)}`;
}

/** Runs `work` with a client connected to the server's `postgres` database; a failed connect is "unavailable". */
async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const server = postgresServer();
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    database: 'postgres',
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new PostgresUnavailableError(
      `PostgreSQL at ${server.host}:${server.port} (user ${server.user}) is not reachable: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropStaleTestDatabases(client: pg.Client, now: number): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    `select datname from pg_database where datname like $1`,
    [`${TEST_DATABASE_PREFIX.replaceAll('_', '\\_')}%`],
  );
  for (const { datname } of rows) {
    const createdAt = Number.parseInt(datname.slice(TEST_DATABASE_PREFIX.length).split('_')[0] ?? '', 36);
    if (Number.isFinite(createdAt) && now - createdAt > STALE_AFTER_MS) {
      // Without FORCE: a database someone is still using stays.
      await client.query(`drop database if exists ${pg.escapeIdentifier(datname)}`).catch(() => {});
    }
  }
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const now = Date.now();
  const name = `${TEST_DATABASE_PREFIX}${now.toString(36)}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(async (client) => {
    await dropStaleTestDatabases(client, now);
    await client.query(`create database ${pg.escapeIdentifier(name)}`);
  });
  const url = postgresUrl(postgresServer(), name);
  const opened = createDb(url);
  return {
    ...opened,
    url,
    destroy: async () => {
      await opened.destroy();
      await withAdminClient(async (client) => {
        // pg's pool.end() resolves before the server has closed every session; FORCE would then cut the
        // stragglers off and their pools would log it. Give them a moment, then drop whatever remains.
        for (let tries = 0; tries < 100; tries++) {
          const { rows } = await client.query<{ sessions: string }>(
            'select count(*) as sessions from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0]?.sessions === '0') break;
          await new Promise((wait) => setTimeout(wait, 20));
        }
        await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      });
    },
  };
}

function createSqliteTestDatabase(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'nongsan-db-test-'));
  const url = `file:${join(folder, 'test.sqlite')}`;
  const opened = createDb(url);
  return {
    ...opened,
    url,
    destroy: async () => {
      await opened.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface TestDatabaseOptions {
  /** Run the migrations before handing the database over (default true). */
  readonly migrate?: boolean;
}

/**
 * A fresh, empty database of the dialect: a temporary SQLite file, or a uniquely named PostgreSQL database (so test
 * files can run in parallel). Migrated unless `migrate: false`. Throws `PostgresUnavailableError` when PostgreSQL
 * cannot be reached. Call `destroy()` when done.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const database = dialect === 'sqlite' ? createSqliteTestDatabase() : await createPostgresTestDatabase();
  if (options.migrate ?? true) {
    try {
      await migrateToLatest(database.db);
    } catch (error) {
      await database.destroy();
      throw error;
    }
  }
  return database;
}

/** Whether a missing PostgreSQL must fail the run rather than skip: in CI it must. */
function isCi(): boolean {
  const ci = process.env.CI?.toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** What `useTestDatabase` hands a describe block; its fields can be read once the block's tests run. */
export interface TestDatabaseSlot {
  readonly db: Kysely<Database>;
  readonly database: TestDatabase;
  readonly url: string;
}

/**
 * Gives the surrounding describe block its own fresh database of `dialect`, created before its tests and dropped
 * after them. When PostgreSQL cannot be reached, the block's tests are skipped with the reason printed, except in CI
 * (`CI=true`), where they fail.
 */
export function useTestDatabase(dialect: DialectName, options: TestDatabaseOptions = {}): TestDatabaseSlot {
  let database: TestDatabase | undefined;
  let skipReason: string | undefined;

  beforeAll(async () => {
    try {
      database = await createTestDatabase(dialect, options);
    } catch (error) {
      if (!(error instanceof PostgresUnavailableError) || isCi()) throw error;
      skipReason = `${error.message}. Skipping the PostgreSQL cases; start PostgreSQL (pg_isready -h 127.0.0.1) to run them.`;
      console.warn(skipReason);
    }
  }, 60_000);

  beforeEach((context) => {
    if (skipReason !== undefined) context.skip(skipReason);
  });

  afterAll(async () => {
    await database?.destroy();
  }, 60_000);

  const opened = (): TestDatabase => {
    if (database === undefined)
      throw new Error('The test database is opened in beforeAll: use it inside a test');
    return database;
  };
  return {
    get db() {
      return opened().db;
    },
    get database() {
      return opened();
    },
    get url() {
      return opened().url;
    },
  };
}

export * from './sample-rows.ts';
