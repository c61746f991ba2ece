import type { MessageTable } from './table.ts';

export const paymentsMessages = {} as const satisfies MessageTable;
