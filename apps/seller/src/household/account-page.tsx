import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  forgetSavedData,
  Notice,
  Page,
  useLocale,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { HouseholdActivity } from '../helper/household-activity.tsx';
import { SoldNote } from '../sales/sold-note.tsx';
import { useTRPC } from '../trpc.ts';
import { CashOnDeliverySetting } from './cash-on-delivery-setting.tsx';
import type { SignedInUser } from './household-types.ts';
import { PaymentAccountForm } from './payment-account-form.tsx';
import { PaymentAccounts } from './payment-accounts.tsx';
import { SalesChart } from './sales-chart.tsx';

function Sales() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const sales = useQuery(trpc.stats.sales.queryOptions({}));
  if (sales.isPending) return <CardListSkeleton count={1} label={t('state.loading')} />;
  if (sales.isError) return <Notice tone="error">{errorMessage(sales.error, locale)}</Notice>;
  return <SalesChart rows={sales.data.rows} />;
}

/** The household's account: where buyers pay, sales by month, language, sign out. */
export default function AccountPage({ user }: { user: SignedInUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
        // What the service worker saved of this household is not shown offline to the next person.
        void forgetSavedData();
      },
    }),
  );
  return (
    <>
      <AppBar title={t('nav.account')} />
      <Page heading={user.displayName}>
        <section>
          <h3>{t('seller.pay.title')}</h3>
          <PaymentAccounts />
          <PaymentAccountForm />
          {user.householdId ? <CashOnDeliverySetting shopId={user.householdId} /> : null}
        </section>
        <section>
          <h3>{t('seller.sales.title')}</h3>
          <Sales />
          <SoldNote />
          <Link href="/sales" className="ns-button">
            {t('sellerSales.open')}
          </Link>
        </section>
        <section>
          <h3>{t('helper.activity')}</h3>
          <HouseholdActivity />
        </section>
        <button
          type="button"
          className="ns-button"
          disabled={logout.isPending}
          onClick={() => logout.mutate()}
        >
          {t('signIn.signOut')}
        </button>
      </Page>
    </>
  );
}
