import { AppBar, CardListSkeleton, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { Link, Route, Switch } from 'wouter';
import { useTRPC } from '../trpc.ts';
import { HouseholdPage } from './household-page.tsx';
import { SignOutButton } from './sign-out-button.tsx';

// The household's own screens, given its id: what the household can do, its helper does for it.
const OrdersPage = lazy(() => import('../household/orders-page.tsx'));
const OrderPage = lazy(() => import('../orders/order-page.tsx'));
const ListingsPage = lazy(() => import('../household/listings-page.tsx'));
const ListingPage = lazy(() => import('../household/listing-page.tsx'));
const ReviewsPage = lazy(() => import('../reviews/reviews-page.tsx'));

/**
 * One household's screens as its helper works on them, nested under `/households/:id`: the household page at its
 * root, and the household's own orders (`/orders`, `/orders/:orderId`) and listings (`/listings`,
 * `/listings/:listingId`) screens, every step sent with the household's id so the server checks the helper acts
 * for it and records it as the helper's. Links inside are relative to the household.
 */
export function HouseholdRoutes({ householdId }: { householdId: string }) {
  const trpc = useTRPC();
  const { t } = useLocale();
  const households = useQuery(trpc.households.mine.queryOptions());
  const household = households.data?.find((h) => h.id === householdId);
  const shopName = household?.shopName ?? '';
  const back: ReactNode = (
    <Link href="/" className="ns-appbar__action">
      {t('nav.back')}
    </Link>
  );
  const waitForHousehold = (screen: ReactNode) =>
    households.isPending ? (
      <>
        <AppBar title={t('app.seller.title')} start={back} />
        <Page>
          <CardListSkeleton count={2} label={t('state.loading')} />
        </Page>
      </>
    ) : (
      screen
    );
  return (
    <Switch>
      <Route path="/orders">
        {waitForHousehold(
          <OrdersPage householdId={householdId} fresh={[]} shopName={shopName} start={back} />,
        )}
      </Route>
      <Route path="/orders/:orderId">
        {(params) =>
          waitForHousehold(
            <OrderPage orderId={params.orderId} householdId={householdId} shopName={shopName} />,
          )
        }
      </Route>
      <Route path="/listings">
        <ListingsPage householdId={householdId} start={back} />
      </Route>
      <Route path="/reviews">
        <ReviewsPage shopId={householdId} householdId={householdId} canHide start={back} />
      </Route>
      <Route path="/listings/:listingId">
        {(params) => <ListingPage listingId={params.listingId} householdId={householdId} />}
      </Route>
      <Route>
        <AppBar title={t('app.seller.title')} end={<SignOutButton />} />
        <HouseholdPage key={householdId} householdId={householdId} />
      </Route>
    </Switch>
  );
}
