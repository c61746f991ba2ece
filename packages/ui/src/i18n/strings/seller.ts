import type { Message } from '@nongsan/domain';

/** Interface words used only by the seller app (shared words stay in `../ui-strings.ts`), Vietnamese first. */
export const sellerStrings = {} as const satisfies Record<string, Message>;
