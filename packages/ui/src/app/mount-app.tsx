import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { type ComponentType, type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { createApiClient, createQueryClient } from '../api/api-client.ts';
import { trackServerTime } from '../api/server-clock.ts';
import { focusFirstErrorAfterSubmit } from '../forms/focus-first-error.ts';
import { LocaleProvider } from '../i18n/locale-context.tsx';
import type { Words } from '../i18n/ui-strings.ts';

/** The clients an app runs on: the query cache and the typed API client. */
export interface AppClients<TRouter extends AnyTRPCRouter> {
  readonly queryClient: QueryClient;
  readonly apiClient: TRPCClient<TRouter>;
}

export interface MountAppOptions<TRouter extends AnyTRPCRouter> {
  /** The app's screens. */
  readonly app: ComponentType;
  /** The app's own words (`src/words.ts`), handed to the `LocaleProvider`. */
  readonly words: Words;
  /** Where the app is served (`/seller`, `/buyer`), for its links; no trailing slash. */
  readonly base: string;
  /** The app's `TRPCProvider` (from `createTRPCContext<AppRouter>()` in its `trpc.ts`). */
  readonly trpcProvider: ComponentType<{
    queryClient: QueryClient;
    trpcClient: TRPCClient<TRouter>;
    children: ReactNode;
  }>;
  /** Runs with the clients before the first render (a query started early put into the cache). */
  readonly beforeRender?: (clients: AppClients<TRouter>) => void;
  /** The element the app renders into; `#root` by default. */
  readonly root?: HTMLElement | null;
}

/**
 * Starts an app the way both apps start: one query cache and API client, answers carrying the server's time keep
 * the phone's deadlines on it, any form's first error is focused after a failed submit, and the app renders in
 * strict mode inside its words, its query cache, its tRPC provider and a router under `base`.
 */
export function mountApp<TRouter extends AnyTRPCRouter>(
  options: MountAppOptions<TRouter>,
): AppClients<TRouter> {
  const queryClient = createQueryClient();
  const apiClient = createApiClient<TRouter>() as TRPCClient<TRouter>;
  trackServerTime(queryClient);
  options.beforeRender?.({ queryClient, apiClient });
  const root = options.root === undefined ? document.getElementById('root') : options.root;
  if (!root) throw new Error('index.html has no #root');
  focusFirstErrorAfterSubmit();
  const { app: App, trpcProvider: TRPCProvider } = options;
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider words={options.words}>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider queryClient={queryClient} trpcClient={apiClient}>
            <Router base={options.base}>
              <App />
            </Router>
          </TRPCProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </StrictMode>,
  );
  return { queryClient, apiClient };
}
