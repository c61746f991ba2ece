import type { MessageTable } from './table.ts';

export const ordersMessages = {} as const satisfies MessageTable;
