import type { AppRouter } from '@nongsan/api';
import { TRPCClientError } from '@trpc/client';

/** The error a tRPC call failed with (its `data` has the code, the domain code and the problems); throws if it succeeded. */
export async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('Expected the call to fail');
}
