import { AppBar, CardListSkeleton, Page, useLocale } from '@nongsan/ui';
import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { HomePage } from './pages/home-page.tsx';

// The home page is the first screen; a listing's page loads when a buyer opens one.
const ListingPage = lazy(() => import('./pages/listing-page.tsx'));

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

/** Browsing needs no account: every screen here is open to anyone. */
export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/listings/:listingId">{(params) => <ListingPage listingId={params.listingId} />}</Route>
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}
