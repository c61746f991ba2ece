import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, SqliteIntrospector } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import {
  startWalCheckpointer,
  type WalCheckpointer,
  type WalCheckpointerOptions,
} from './wal-checkpointer.ts';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface DbHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where it is, for logs: the SQLite file (or `:memory:`), or the PostgreSQL URL without its password. */
  readonly location: string;
  /** Closes the connection or the pool. Calling it again does nothing. */
  destroy(): Promise<void>;
}

export interface CreateDbOptions {
  /** Resolves relative `file:` paths and the default file; the process's working directory when not given. */
  readonly cwd?: string;
  /** PostgreSQL pool size (pg's default is 10). */
  readonly maxConnections?: number;
  /**
   * SQLite file only: checkpoint the WAL from a thread of its own (`wal-checkpointer.ts`) instead of inside the
   * commit that crosses 1,000 pages, which then waits for the copy and its `fsync` with every request behind it.
   * The server turns it on; durability is the same (an acknowledged commit is in the WAL either way).
   */
  readonly backgroundCheckpoints?: boolean | Omit<WalCheckpointerOptions, 'exclusive'>;
}

/** Where `DATABASE_URL` points, once read. */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly filename: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

/** The SQLite file used when `DATABASE_URL` is unset, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = 'data/nongsan.sqlite';

/** How long a SQLite connection waits for another process's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Reads a `DATABASE_URL`: unset or empty → the default SQLite file under `./data/`; `file:path`, `file:///abs/path`
 * or `:memory:` → SQLite; `postgres://…` or `postgresql://…` → PostgreSQL. Anything else is refused with a message
 * that says what is accepted (and never repeats a password).
 */
export function resolveDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const text = url?.trim() ?? '';
  if (text === '') return { dialect: 'sqlite', filename: resolve(cwd, DEFAULT_SQLITE_PATH) };
  if (text === ':memory:' || text === 'file::memory:') return { dialect: 'sqlite', filename: ':memory:' };
  if (/^postgres(ql)?:\/\//i.test(text)) return { dialect: 'postgres', connectionString: text };
  if (/^file:\/\//i.test(text)) {
    try {
      return { dialect: 'sqlite', filename: fileURLToPath(text) };
    } catch (error) {
      throw new Error(
        `DATABASE_URL "${text}" is not a usable file URL (${(error as Error).message}); write file:///absolute/path.sqlite or file:relative/path.sqlite`,
      );
    }
  }
  if (/^file:/i.test(text)) {
    const path = text.slice('file:'.length);
    if (path === '' || path.includes('?')) {
      throw new Error(`DATABASE_URL "${text}" names no SQLite file; write file:./data/nongsan.sqlite`);
    }
    return { dialect: 'sqlite', filename: resolve(cwd, path) };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1];
  throw new Error(
    scheme === undefined
      ? 'DATABASE_URL has no scheme: use file:<path> for SQLite (for example file:./data/nongsan.sqlite), :memory:, or postgres://user@host:5432/database for PostgreSQL'
      : `DATABASE_URL scheme "${scheme}:" is not supported: use file:<path> or :memory: for SQLite, or postgres://user@host:5432/database for PostgreSQL`,
  );
}

/**
 * Opens the database `url` points at (see `resolveDatabaseUrl`; the server passes `process.env.DATABASE_URL`).
 * SQLite runs in WAL mode with foreign keys on and a busy timeout, so several processes can share the file;
 * PostgreSQL runs through a `pg` pool that reads int8 and numeric as JS numbers. It does not migrate: call
 * `migrateToLatest(db)`.
 */
export function createDb(url?: string, options: CreateDbOptions = {}): DbHandle {
  const target = resolveDatabaseUrl(url, options.cwd);
  return target.dialect === 'sqlite'
    ? openSqlite(target.filename, options.backgroundCheckpoints ?? false)
    : openPostgres(target.connectionString, options.maxConnections);
}

/** Which dialect a Kysely instance (or a transaction of one) speaks, for the rare query that must differ. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.introspection instanceof SqliteIntrospector ? 'sqlite' : 'postgres';
}

function openSqlite(
  filename: string,
  backgroundCheckpoints: NonNullable<CreateDbOptions['backgroundCheckpoints']>,
): DbHandle {
  const inMemory = filename === ':memory:';
  if (!inMemory) mkdirSync(dirname(filename), { recursive: true });
  const sqlite = new BetterSqlite3(filename, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL lets readers run while one process writes; with synchronous=NORMAL a committed transaction survives the
  // process being killed (only a power cut can lose the last ones). Foreign keys are off by default in SQLite.
  if (!inMemory) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  let checkpointer: WalCheckpointer | undefined;
  if (backgroundCheckpoints !== false && !inMemory) {
    sqlite.pragma('wal_autocheckpoint = 0');
    checkpointer = startWalCheckpointer(filename, {
      ...(backgroundCheckpoints === true ? {} : backgroundCheckpoints),
      // Kysely runs one query at a time on the one connection: holding it keeps this process from writing.
      exclusive: (work) => db.connection().execute(() => work()),
    });
  }
  return handle(db, 'sqlite', filename, async () => {
    await checkpointer?.stop();
  });
}

/** How many prepared statements a SQLite connection keeps (the API runs a few hundred distinct queries). */
const STATEMENT_CACHE_SIZE = 1_000;

/**
 * better-sqlite3 as Kysely sees it, with each prepared statement kept by its SQL text. Kysely prepares every query
 * anew, and preparing (parsing and planning) costs about as much as running the small queries of a request; the
 * same SQL comes back with other parameters, so a statement is prepared once and reused. The least recently added
 * is dropped beyond the limit. Safe because Kysely runs one query at a time on the connection and never streams.
 */
export function withStatementCache(
  sqlite: BetterSqlite3.Database,
  size: number = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = sqlite.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * pg returns int8 (bigint columns, count(*)) and numeric (sum() over bigint, avg()) as strings, because they can
 * exceed JS's safe integers. Our money is bigint, but every amount stays far below 2^53 (the domain caps amounts
 * at ten billion đồng), so they are read as numbers, like SQLite does; a value that would lose precision throws
 * rather than come back wrong. The parsers are set on this pool only, not globally on the pg module.
 */
function numberTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, (text: string) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} is beyond JS's safe integers`);
    return value;
  });
  types.setTypeParser(pg.types.builtins.NUMERIC, (text: string) => {
    const value = Number(text);
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new RangeError(`numeric value ${text} is beyond JS's safe integers`);
    }
    return value;
  });
  return types;
}

function openPostgres(connectionString: string, maxConnections: number | undefined): DbHandle {
  const pool = new pg.Pool({
    connectionString,
    types: numberTypes(),
    ...(maxConnections === undefined ? {} : { max: maxConnections }),
  });
  // An idle client can lose its connection (a restart of PostgreSQL); without a listener that error would end
  // the process. The pool replaces the client; the next query reports the problem if it persists.
  pool.on('error', (error) => console.error(`PostgreSQL pool: idle client error: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return handle(db, 'postgres', withoutPassword(connectionString));
}

function withoutPassword(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

function handle(
  db: Kysely<Database>,
  dialect: DialectName,
  location: string,
  beforeClose: () => Promise<void> = async () => {},
): DbHandle {
  let destroyed: Promise<void> | undefined;
  return {
    db,
    dialect,
    location,
    destroy: () => {
      destroyed ??= beforeClose().then(() => db.destroy());
      return destroyed;
    },
  };
}
