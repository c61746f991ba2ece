import type { MessageTable } from './table.ts';

export const catalogMessages = {} as const satisfies MessageTable;
