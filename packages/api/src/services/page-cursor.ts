import { DomainError } from '@nongsan/domain';
import type * as z from 'zod';

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
