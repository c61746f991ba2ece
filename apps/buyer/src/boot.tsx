import type { AppRouter } from '@nongsan/api';
import { mountApp } from '@nongsan/ui';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { App } from './app.tsx';
import type { FirstSearch } from './first-search.ts';
import { TRPCProvider } from './trpc.ts';
import { appWords } from './words.ts';

/** Starts the app under `base`; a home page search already on its way becomes that query's first fetch. */
export function boot(base: string, firstSearch: FirstSearch | null): void {
  mountApp<AppRouter>({
    app: App,
    words: appWords,
    base,
    trpcProvider: TRPCProvider,
    beforeRender: ({ queryClient, apiClient }) => {
      if (!firstSearch) return;
      const trpc = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });
      const options = trpc.listings.search.queryOptions(firstSearch.input);
      const { queryFn } = options;
      // If the early answer fails, the query asks again the usual way (and shows its error as usual).
      if (queryFn)
        void queryClient.prefetchQuery({
          ...options,
          queryFn: (context) => firstSearch.answer.catch(() => queryFn(context)),
        });
    },
  });
}
