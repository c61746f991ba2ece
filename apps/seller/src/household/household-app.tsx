import { AppBar, BottomNav, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { SendWaitingSteps } from '../offline/send-waiting-steps.tsx';
import { useTRPC } from '../trpc.ts';
import HomePage from './home-page.tsx';
import type { SignedInUser } from './household-types.ts';
import { useInbox } from './inbox-polling.ts';
import './household.css';

const ListingsPage = lazy(() => import('./listings-page.tsx'));
const ListingPage = lazy(() => import('./listing-page.tsx'));
const OrdersPage = lazy(() => import('./orders-page.tsx'));
const OrderPage = lazy(() => import('../orders/order-page.tsx'));
const SalesPage = lazy(() => import('../sales/sales-page.tsx'));
const AccountPage = lazy(() => import('./account-page.tsx'));
const ReviewsPage = lazy(() => import('../reviews/reviews-page.tsx'));

function Loading() {
  const { t } = useLocale();
  return (
    <>
      <AppBar title={t('app.seller.title')} />
      <Page>
        <CardListSkeleton count={3} label={t('state.loading')} />
      </Page>
    </>
  );
}

/**
 * The household's app: Home / Listings / Orders / Account at the thumb. While it is open the inbox is polled; a
 * new order shows a banner on every screen and its count in the tab's title until the seller opens Orders.
 */
export default function HouseholdApp({ user }: { user: SignedInUser }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const [location] = useLocation();
  const households = useQuery(trpc.households.mine.queryOptions());
  const household = households.data?.[0];
  const hasShop = household?.shopName != null;
  const { inbox, fresh, seen } = useInbox();
  const freshCount = fresh.length;
  const onOrders = location.startsWith('/orders');

  useEffect(() => {
    const base = t('app.seller.title');
    document.title =
      freshCount > 0 ? `${t('seller.orders.newTitle', { count: freshCount })} · ${base}` : base;
    return () => {
      document.title = base;
    };
  }, [freshCount, t]);

  // A new order also buzzes the phone once, briefly, where the browser allows it (not in a background tab).
  const buzzed = useRef(0);
  useEffect(() => {
    if (freshCount > buzzed.current && typeof navigator.vibrate === 'function') navigator.vibrate(200);
    buzzed.current = freshCount;
  }, [freshCount]);

  // Opening Orders is looking at the new ones: the banner and title stop announcing them, and the orders page
  // keeps them marked for as long as the app is open.
  const [marked, setMarked] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!onOrders || freshCount === 0) return;
    setMarked((current) => [...current, ...fresh]);
    seen();
  }, [onOrders, freshCount, fresh, seen]);

  if (households.isPending) return <Loading />;
  if (households.isError || !household) {
    return (
      <>
        <AppBar title={t('app.seller.title')} />
        <Page>
          <Notice tone="error">
            {households.isError ? errorMessage(households.error, locale) : t('error.notFound')}
          </Notice>
        </Page>
      </>
    );
  }

  return (
    <div className="ns-household">
      <SendWaitingSteps />
      {freshCount > 0 && hasShop ? (
        <div className="ns-newbanner" role="status">
          <Link href="/orders">
            🔔 {t('seller.orders.newBanner')} ({freshCount})
          </Link>
        </div>
      ) : null}
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/listings">
            <ListingsPage />
          </Route>
          <Route path="/listings/:listingId">
            {(params) => <ListingPage listingId={params.listingId} />}
          </Route>
          <Route path="/orders">
            <OrdersPage fresh={marked} shopName={household.shopName ?? ''} />
          </Route>
          <Route path="/orders/:orderId">
            {(params) => <OrderPage orderId={params.orderId} shopName={household.shopName ?? ''} />}
          </Route>
          <Route path="/sales">
            <SalesPage />
          </Route>
          <Route path="/account">
            <AccountPage user={user} />
          </Route>
          <Route path="/reviews">
            <ReviewsPage shopId={household.id} />
          </Route>
          <Route>
            <HomePage user={user} household={household} orders={inbox.orders} />
          </Route>
        </Switch>
      </Suspense>
      {hasShop ? (
        <BottomNav
          items={[
            { href: '/', label: t('nav.home'), icon: '🏠' },
            { href: '/listings', label: t('nav.listings'), icon: '🧺' },
            { href: '/orders', label: t('nav.orders'), icon: '📦' },
            { href: '/account', label: t('nav.account'), icon: '👤' },
          ]}
        />
      ) : null}
    </div>
  );
}
