import { DomainError } from '@nongsan/domain';
import * as z from 'zod';
import type { KeyPosition } from '../repositories/keyset.ts';

/**
 * Cursor paging: a page ends with a cursor that says where it stopped (the last item's place in the list's order),
 * and the next page starts after it, so a page costs the same however deep in the list it is, and items added
 * meanwhile neither repeat nor skip what was shown. The cursor is opaque to the apps: the position as JSON in
 * base64url.
 */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The position a cursor carries, read with `schema`; a cursor that is not one of ours is `validation.invalid`. */
export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new DomainError('validation.invalid', {}, ['cursor']);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DomainError('validation.invalid', {}, ['cursor']);
  return parsed.data;
}

/** A page of a list and where the next one starts (pass it back as `cursor`); `nextCursor` is null on the last page. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** What a caller asks of a paged list: the previous page's `nextCursor` (none: the first page) and how many. */
export interface PageRequest {
  readonly cursor?: string | undefined;
  readonly limit: number;
}

export const KeyPositionSchema: z.ZodType<KeyPosition> = z.tuple([z.string().max(200), z.string().max(64)]);

/** The position a page request starts after, or undefined for the first page (`validation.invalid` if bad). */
export function positionOf(request: PageRequest): KeyPosition | undefined {
  return request.cursor === undefined ? undefined : decodeCursor(request.cursor, KeyPositionSchema);
}

/**
 * A page from rows read one past the limit: the extra row only says another page follows, and the cursor points at
 * the last row kept.
 */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  positionOfRow: (row: R) => KeyPosition,
  toItem: (row: R) => T,
): Page<T> {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return {
    items: kept.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOfRow(last)) : null,
  };
}
