/** Which rule of the schema a write broke. */
export type ConstraintKind = 'unique' | 'foreign_key' | 'check' | 'not_null';

export interface ConstraintViolation {
  readonly kind: ConstraintKind;
  /** The constraint's name when the database gives it (PostgreSQL always; SQLite for check constraints). */
  readonly constraint: string | null;
  /** The database's own message, for logs. */
  readonly message: string;
}

// SQLite's extended result codes (better-sqlite3 puts them in `code`) and PostgreSQL's SQLSTATE codes.
const SQLITE_KINDS: Readonly<Record<string, ConstraintKind>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
};
const POSTGRES_KINDS: Readonly<Record<string, ConstraintKind>> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
};

/**
 * What constraint an error from either driver broke, or null when it is not a constraint violation. Lets a
 * repository turn "this phone is taken" or "this idempotency key exists" into its own answer the same way on
 * SQLite and PostgreSQL.
 */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (typeof code !== 'string') return null;
  const text = typeof message === 'string' ? message : '';
  const postgresKind = POSTGRES_KINDS[code];
  if (postgresKind !== undefined) {
    return {
      kind: postgresKind,
      constraint: typeof constraint === 'string' ? constraint : null,
      message: text,
    };
  }
  const sqliteKind = SQLITE_KINDS[code];
  if (sqliteKind !== undefined) {
    // "CHECK constraint failed: listings_stock_not_negative"; the other kinds name columns, not constraints.
    const named = sqliteKind === 'check' ? /^CHECK constraint failed: (\w+)$/.exec(text)?.[1] : undefined;
    return { kind: sqliteKind, constraint: named ?? null, message: text };
  }
  return null;
}
