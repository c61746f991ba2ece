import type { MessageTable } from './table.ts';

export const householdsMessages = {} as const satisfies MessageTable;
