import type { AppRouter } from '@nongsan/api';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import { CookieJar, fetchWithCookies } from './cookie-jar.ts';

/** The API's typed client: `client.orders.place.mutate(…)`. */
export type ApiClient = TRPCClient<AppRouter>;

export interface ApiClientOptions {
  /** The jar the client keeps its cookies in (default a new, empty one: signed out). One jar works on every process. */
  readonly cookies?: CookieJar;
  /** The fetch under it (default the global one), e.g. one that waits and retries when the server is busy. */
  readonly fetch?: typeof fetch;
}

/** One person's tRPC client for the server at `url` (`http://127.0.0.1:3000`), carrying their session cookie. */
export function apiClientAt(url: string, options: ApiClientOptions = {}): ApiClient {
  const cookies = options.cookies ?? new CookieJar();
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({ url: `${url.replace(/\/$/, '')}/trpc`, fetch: fetchWithCookies(cookies, options.fetch) }),
    ],
  });
}
