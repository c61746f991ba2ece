import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { SignInPage } from './pages/sign-in-page.tsx';
import { useTRPC } from './trpc.ts';

// Signed-in screens load after sign-in: the first screen of a new phone is the sign-in page alone.
const HouseholdApp = lazy(() => import('./household/household-app.tsx'));
const HelperApp = lazy(() => import('./helper/helper-app.tsx'));
const CommuneApp = lazy(() => import('./commune/commune-app.tsx'));
const ProvinceApp = lazy(() => import('./province/province-app.tsx'));

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

/** Who is signed in decides the screen: nobody → sign-in; anybody → the screens of their role. */
export function App() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const me = useQuery(trpc.auth.me.queryOptions());

  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <>
        <AppBar title={t('app.seller.title')} />
        <Page>
          <Notice tone="error">{errorMessage(me.error, locale)}</Notice>
          <button type="button" className="ns-button" onClick={() => void me.refetch()}>
            {t('state.retry')}
          </button>
        </Page>
      </>
    );
  }

  const user = me.data.user;
  if (!user) {
    return (
      <Switch>
        <Route path="/sign-in" component={SignInPage} />
        <Route>
          <Redirect to="/sign-in" replace />
        </Route>
      </Switch>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/sign-in">
          <Redirect to="/" replace />
        </Route>
        <Route>
          {user.role === 'helper' ? (
            <HelperApp user={user} />
          ) : user.role === 'official' ? (
            <CommuneApp />
          ) : user.role === 'province_official' ? (
            <ProvinceApp />
          ) : (
            <HouseholdApp user={user} />
          )}
        </Route>
      </Switch>
    </Suspense>
  );
}
