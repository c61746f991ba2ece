import * as z from 'zod';

/** The most items a page of any list holds, whatever is asked. */
export const MAX_PAGE_SIZE = 100;

/**
 * What a paged list's input adds: the previous page's `nextCursor` (left out: the first page) and how many items
 * (`limit`, `defaultLimit` when left out, at most MAX_PAGE_SIZE).
 */
export function pageInput(defaultLimit: number) {
  return {
    cursor: z.string().min(1).max(400).optional(),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(defaultLimit),
  };
}
