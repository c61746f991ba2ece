import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * A keyset position: the sort key and the id of the last item shown (the id breaks ties between equal keys), as
 * the lists ordered by a (time or name, id) pair carry it from one page to the next.
 */
export type KeyPosition = readonly [key: string, id: string];

/**
 * The rows after `position` in the order (key, id), both descending or both ascending: a row-value comparison, which
 * both SQLite and PostgreSQL answer from an index on (…, key, id) by seeking to the position, so a deep page costs
 * what the first one does (no OFFSET).
 */
export function afterPosition(
  keyColumn: string,
  idColumn: string,
  position: KeyPosition,
  direction: 'asc' | 'desc',
): RawBuilder<SqlBool> {
  const comparison = sql.raw(direction === 'desc' ? '<' : '>');
  return sql<SqlBool>`(${sql.ref(keyColumn)}, ${sql.ref(idColumn)}) ${comparison} (${position[0]}, ${position[1]})`;
}
