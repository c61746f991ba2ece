import { AppBar, CardListSkeleton, errorMessage, Notice, Page, ShowMoreButton, useLocale } from '@nongsan/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from 'wouter';
import { AccountForm } from '../checkout/account-form.tsx';
import { OrderCard } from '../orders/order-card.tsx';
import { useTRPC } from '../trpc.ts';

/** How often the list asks again while it is open, so a seller's confirmation shows up without a reload. */
export const ORDERS_POLL_MS = 10_000;

/** A buyer's orders, newest first, polled while open; just after checkout it says how many were placed. */
export default function OrdersPage() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const placed = (new URLSearchParams(useSearch()).get('placed') ?? '').split(',').filter(Boolean);
  const me = useQuery(trpc.auth.me.queryOptions());
  const isBuyer = me.data?.user?.role === 'buyer';
  // A page of orders at a time ("Xem thêm" for older ones); the pages shown are asked again while open.
  const orders = useInfiniteQuery({
    ...trpc.orders.mine.infiniteQueryOptions(
      {},
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        refetchInterval: ORDERS_POLL_MS,
        staleTime: 0,
      },
    ),
    enabled: isBuyer,
  });
  const shown = orders.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <AppBar title={t('buyer.orders.title')} />
      <Page heading={t('buyer.orders.title')}>
        {placed.length > 0 ? (
          <Notice tone="info">{t('buyer.orders.placed', { count: placed.length })}</Notice>
        ) : null}
        {me.isPending || (isBuyer && orders.isPending) ? (
          <CardListSkeleton count={3} label={t('state.loading')} />
        ) : !isBuyer ? (
          <>
            <p className="ns-muted">{t('buyer.orders.signIn')}</p>
            <AccountForm />
          </>
        ) : orders.isError ? (
          <>
            <Notice tone="error">{errorMessage(orders.error, locale)}</Notice>
            <button type="button" className="ns-button" onClick={() => void orders.refetch()}>
              {t('state.retry')}
            </button>
          </>
        ) : shown.length > 0 ? (
          <>
            <ul className="ns-cards">
              {shown.map((order) => (
                <OrderCard key={order.id} order={order} />
              ))}
            </ul>
            <ShowMoreButton pages={orders} />
          </>
        ) : (
          <>
            <p className="ns-muted">{t('buyer.orders.none')}</p>
            <Link href="/" className="ns-button">
              {t('buyer.cart.browse')}
            </Link>
          </>
        )}
      </Page>
    </>
  );
}
