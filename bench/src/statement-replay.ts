/**
 * The pure part of the database ceiling (`db-ceiling.ts`): from a recorded transaction, which values must be new
 * for every replay (the idempotency key and the ids the server generated), and their same-length replacements.
 */

/** One statement as Kysely sent it. */
export interface RecordedStatement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** What the server's `newId` makes: a short prefix and 26 characters of Crockford's base 32 (or the bare 26). */
const GENERATED_ID = /\b(?:[a-z]{2,5}_)?[0-9A-HJKMNP-TV-Z]{26}\b/g;

/**
 * The generated ids a transaction created: those that first appear in an insert. An id that a select or an update
 * mentions first (the shop a listing belongs to), or that is `known` to exist (the buyer, the listings), stays.
 */
export function createdIds(statements: readonly RecordedStatement[], known: Iterable<string>): Set<string> {
  const existing = new Set(known);
  const created = new Set<string>();
  for (const statement of statements) {
    const isInsert = /^\s*insert\b/i.test(statement.sql);
    for (const value of statement.parameters) {
      if (typeof value !== 'string') continue;
      for (const [id] of value.matchAll(GENERATED_ID)) {
        if (created.has(id) || existing.has(id)) continue;
        if (isInsert) created.add(id);
        else existing.add(id);
      }
    }
  }
  return created;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `n` in Crockford's base 32, exactly `width` characters (a valid tail for an id). */
export function base32(n: number, width: number): string {
  let out = '';
  for (let rest = n, i = 0; i < width; i++, rest = Math.floor(rest / 32)) out = CROCKFORD[rest % 32] + out;
  return out;
}

/** Each value with its tail replaced by `suffix`: same length, unique per suffix, still a valid id. */
export function replacements(values: Iterable<string>, suffix: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values) {
    if (value.length <= suffix.length) throw new Error(`"${value}" is too short for the suffix "${suffix}"`);
    map.set(value, value.slice(0, value.length - suffix.length) + suffix);
  }
  return map;
}

/** A parameter with every swap applied (inside JSON text too); anything but a string is left as it is. */
export function substitute(value: unknown, swaps: ReadonlyMap<string, string>): unknown {
  if (typeof value !== 'string') return value;
  let out = value;
  for (const [from, to] of swaps) if (out.includes(from)) out = out.replaceAll(from, to);
  return out;
}
