import type { MessageTable } from './table.ts';

export const listingsMessages = {} as const satisfies MessageTable;
