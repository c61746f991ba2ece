/**
 * The few kinds of value the tables hold, named so each column says what it means. Every one is a plain JS string
 * or number on both dialects: the schema avoids types that SQLite and PostgreSQL would hand back differently
 * (timestamptz → Date, boolean → true/1, json → object/string).
 */

/** An id made by the application (ULID-like text), never by the database, so both dialects agree and ids can be
 * chosen before the insert. */
export type Id = string;

/**
 * An instant in UTC as ISO 8601 text with milliseconds and a `Z`: `2021-12-31T17:00:00.000Z`, exactly what
 * `Date#toISOString()` writes. Fixed width, so comparing and sorting the text compares and sorts the instants.
 * The database never fills a time itself: the server's clock is injected (`NONGSAN_NOW`), so times come from it.
 */
export type UtcTimeText = string;

/** A calendar date in Vietnam, `YYYY-MM-DD` (the domain's `LocalDate`). */
export type LocalDateText = string;

/** Whole Vietnamese đồng. Stored as `bigint` (amounts can pass 2^31) and read back as a JS number on both dialects. */
export type VndAmount = number;

/** A quantity in the unit's base: integer grams for weighed goods, whole pieces for counted goods. */
export type BaseQuantity = number;

/** A yes/no column: 0 or 1 on both dialects (SQLite has no boolean type, and 0/1 reads the same everywhere). */
export type Flag = 0 | 1;

/** JSON written as text with `JSON.stringify` and read back as text on both dialects; the reader parses it. */
export type JsonText = string;
