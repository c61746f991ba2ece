import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc.ts';
import type { InboxOrder } from './household-types.ts';

/**
 * The shop's inbox read a page at a time, one cache entry for every screen that shows it: the first page has the
 * orders awaiting confirmation (nearest deadline first) and the newest of the rest; "Xem thêm" (`pages`) brings
 * older ones. `orders` is every page loaded, in order; `version` and `serverTime` come with the first page.
 */
export function useInboxPages(householdId?: string) {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(
    trpc.orders.inbox.infiniteQueryOptions(householdId === undefined ? {} : { householdId }, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  const data = pages.data;
  const orders = useMemo<InboxOrder[] | undefined>(() => data?.pages.flatMap((page) => page.orders), [data]);
  return { pages, orders, version: data?.pages[0]?.version };
}
