import type { AppErrorData, AppRouter } from '@nongsan/server';
import type { ServerErrorData } from '@nongsan/ui';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The API client: one batched request per render's worth of calls, with the session cookie. */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        fetch: (url, options) => fetch(url, { ...(options as RequestInit), credentials: 'include' }),
      }),
    ],
  });
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // A slow connection: keep what was fetched for a while rather than refetching on every focus.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
      // A mutation is never retried by the cache: the forms decide (and `orders.place` has its idempotency key).
      mutations: { retry: false },
    },
  });
}

type Assert<T extends true> = T;
/** Stops compiling when the server's error data and what @nongsan/ui reads from it drift apart. */
export type ErrorShapeMatches = Assert<AppErrorData extends ServerErrorData ? true : false>;
