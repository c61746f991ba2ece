import { AppBar, BottomNav, CardListSkeleton, Page, useLocale } from '@nongsan/ui';
import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { useCart } from './cart/cart-store.ts';
import { HomePage } from './pages/home-page.tsx';

// The home page is the first screen; everything else loads when a buyer goes there (the initial download stays
// small on village mobile data).
const ListingPage = lazy(() => import('./pages/listing-page.tsx'));
const CalendarPage = lazy(() => import('./pages/calendar-page.tsx'));
const CartPage = lazy(() => import('./pages/cart-page.tsx'));
const CheckoutPage = lazy(() => import('./pages/checkout-page.tsx'));
const OrdersPage = lazy(() => import('./pages/orders-page.tsx'));
const OrderPage = lazy(() => import('./pages/order-page.tsx'));
const ShopPage = lazy(() => import('./pages/shop-page.tsx'));
const OriginPage = lazy(() => import('./pages/origin-page.tsx'));
const OriginLabelPage = lazy(() => import('./pages/origin-label-page.tsx'));

function NotFound() {
  const { t } = useLocale();
  return (
    <>
      <AppBar title={t('app.buyer.title')} />
      <Page heading={t('error.notFound')}>
        <Link href="/">{t('nav.home')}</Link>
      </Page>
    </>
  );
}

function Loading() {
  const { t } = useLocale();
  return (
    <>
      <AppBar title={t('app.buyer.title')} />
      <Page>
        <CardListSkeleton count={1} label={t('state.loading')} />
      </Page>
    </>
  );
}

/** Home, seasons, cart and orders within a thumb's reach; the cart's count shows on its tab. */
function BuyerNav() {
  const { t } = useLocale();
  const items = useCart();
  return (
    <BottomNav
      items={[
        { href: '/', label: t('nav.home'), icon: '🏠' },
        { href: '/calendar', label: t('buyer.nav.calendar'), icon: '📅' },
        {
          href: '/cart',
          label: items.length > 0 ? t('buyer.nav.cartCount', { count: items.length }) : t('buyer.nav.cart'),
          icon: '🛒',
        },
        { href: '/orders', label: t('nav.orders'), icon: '📦' },
      ]}
    />
  );
}

/** Browsing needs no account; an account is made (or used) at checkout. */
export function App() {
  return (
    <>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/listings/:listingId">
            {(params) => <ListingPage listingId={params.listingId} />}
          </Route>
          <Route path="/origin/:listingId">
            {(params) => <OriginPage listingId={decodeURIComponent(params.listingId)} />}
          </Route>
          <Route path="/origin/:listingId/label">
            {(params) => <OriginLabelPage listingId={decodeURIComponent(params.listingId)} />}
          </Route>
          <Route path="/shops/:shopId">
            {(params) => <ShopPage shopId={decodeURIComponent(params.shopId)} />}
          </Route>
          <Route path="/calendar" component={CalendarPage} />
          <Route path="/cart" component={CartPage} />
          <Route path="/checkout" component={CheckoutPage} />
          <Route path="/orders" component={OrdersPage} />
          <Route path="/orders/:orderId">{(params) => <OrderPage orderId={params.orderId} />}</Route>
          <Route component={NotFound} />
        </Switch>
      </Suspense>
      <BuyerNav />
    </>
  );
}
