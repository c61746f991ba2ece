import type { AppErrorData, AppRouter } from '@nongsan/api';
import type { ServerErrorData } from '@nongsan/ui';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

type Assert<T extends true> = T;
/** Stops compiling when the server's error data and what @nongsan/ui reads from it drift apart. */
export type ErrorShapeMatches = Assert<AppErrorData extends ServerErrorData ? true : false>;
