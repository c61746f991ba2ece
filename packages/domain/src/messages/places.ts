import type { MessageTable } from './table.ts';

export const placesMessages = {} as const satisfies MessageTable;
