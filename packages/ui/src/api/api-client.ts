import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';

/** The longest URL the client sends; a longer batch is sent as several requests. */
export const MAX_URL_LENGTH = 4_000;

/**
 * The API client both apps use: one batched request per render's worth of calls to `/trpc`, with the session
 * cookie. Generic over the router so this package never imports the server; each app names its `AppRouter`.
 * The link sends plain JSON: for a router with a data transformer the result is an error type no provider
 * accepts, so an app stops compiling rather than sending what its server cannot read.
 */
export function createApiClient<TRouter extends AnyTRPCRouter>(): PlainJson<TRouter> extends true
  ? TRPCClient<TRouter>
  : { error: 'createApiClient sends plain JSON, but this router uses a data transformer' } {
  const link = httpBatchLink<AnyTRPCRouter>({
    url: '/trpc',
    // A batch of GETs carries every input in its URL: split it before the server's bound on a request line (8 kB,
    // answered 414) and on a path segment of procedure names (5,000 characters), with room for proxies on the way.
    maxURLLength: MAX_URL_LENGTH,
    fetch: (url, options) => fetch(url, { ...(options as RequestInit), credentials: 'include' }),
  });
  return createTRPCClient<TRouter>({ links: [link] }) as never;
}

type PlainJson<TRouter extends AnyTRPCRouter> =
  TRouter['_def']['_config']['$types']['transformer'] extends false ? true : false;

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // A slow connection: keep what was fetched for a while rather than refetching on every focus.
      // Offline, a query is still asked once: the app's service worker answers it with what it saved last time;
      // retries then wait for the connection.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1, networkMode: 'offlineFirst' },
      // A mutation is never retried by the cache: the forms decide (and `orders.place` has its idempotency key).
      mutations: { retry: false },
    },
  });
}
