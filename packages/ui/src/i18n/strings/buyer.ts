import type { Message } from '@nongsan/domain';

/** Interface words used only by the buyer app (shared words stay in `../ui-strings.ts`), Vietnamese first. */
export const buyerStrings = {} as const satisfies Record<string, Message>;
