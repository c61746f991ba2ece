import type { AppRouter } from '@nongsan/api';
import { createApiClient, createQueryClient, focusFirstErrorAfterSubmit, LocaleProvider } from '@nongsan/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { App } from './app.tsx';
import type { FirstSearch } from './first-search.ts';
import { TRPCProvider } from './trpc.ts';
import { appWords } from './words.ts';

/** Starts the app under `base`; a home page search already on its way becomes that query's first fetch. */
export function boot(base: string, firstSearch: FirstSearch | null): void {
  const queryClient = createQueryClient();
  const apiClient = createApiClient<AppRouter>();
  if (firstSearch) {
    const trpc = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });
    const options = trpc.listings.search.queryOptions(firstSearch.input);
    const { queryFn } = options;
    // If the early answer fails, the query asks again the usual way (and shows its error as usual).
    if (queryFn)
      void queryClient.prefetchQuery({
        ...options,
        queryFn: (context) => firstSearch.answer.catch(() => queryFn(context)),
      });
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  // After a failed submit, any form's first error is scrolled to and focused.
  focusFirstErrorAfterSubmit();
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider words={appWords}>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider queryClient={queryClient} trpcClient={apiClient}>
            <Router base={base}>
              <App />
            </Router>
          </TRPCProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </StrictMode>,
  );
}
