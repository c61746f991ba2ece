import { CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { ListingForm } from '../household/listing-form.tsx';
import { OpenShopSteps } from '../household/open-shop-steps.tsx';
import { PaymentAccountForm } from '../household/payment-account-form.tsx';
import { PaymentAccounts } from '../household/payment-accounts.tsx';
import { TransfersToSettle } from '../transfers/transfers-to-settle.tsx';
import { useTRPC } from '../trpc.ts';
import { HouseholdActivity } from './household-activity.tsx';
import { HouseholdListings } from './household-listings.tsx';
import { HouseholdWaitingList } from './household-waiting-list.tsx';
import { ResetPasswordForm } from './reset-password-form.tsx';
import { StageBadge } from './stage-badge.tsx';

/** The helper's list of households, out of the household's nested routes (the app's base, not the household's). */
const HELPER_HOME = `~${import.meta.env.BASE_URL}`;

/**
 * One household, as its helper works on it: its stage and what waits, the actions the helper takes for it (open
 * its shop, add its payment account, create a listing, reset its password: the household's own forms, given its
 * id), its payment accounts and their link to the bank notifications, the transfers the bank reported for the
 * household to settle by hand, its orders and listings (the household's own screens, to confirm, hand over, edit
 * and pause), and the activity log that shows who did what for it.
 */
export function HouseholdPage({ householdId }: { householdId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const queryClient = useQueryClient();
  const households = useQuery(trpc.households.mine.queryOptions());
  const accounts = useQuery(trpc.households.paymentAccounts.queryOptions({ householdId }));
  const [listingOpen, setListingOpen] = useState(false);
  /** After an action for the household: its stage, what waits and its log change. */
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.households.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.households.paymentAccounts.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.listings.mine.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.households.activity.pathKey() }),
    ]);
  const household = households.data?.find((h) => h.id === householdId);
  // Coming from a long list, the household's page starts at its top.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  return (
    <Page heading={household?.head ?? ' '}>
      <Link href={HELPER_HOME} className="ns-backlink">
        ← {t('helper.household.back')}
      </Link>
      {households.isPending ? (
        <CardListSkeleton count={2} label={t('state.loading')} />
      ) : households.isError ? (
        <Notice tone="error">{errorMessage(households.error, locale)}</Notice>
      ) : !household ? (
        <Notice tone="error">{t('helper.household.notFound')}</Notice>
      ) : (
        <>
          <p className="ns-muted">
            {household.villageName}
            {household.isLead ? ` · ${t('helper.lead')}` : ''}
          </p>
          <StageBadge stage={household.adoptionStage} />
          <section aria-labelledby="waiting-heading">
            <h3 id="waiting-heading">{t('helper.waiting')}</h3>
            <HouseholdWaitingList household={household} ordersHref="/orders" />
          </section>
          <section aria-labelledby="shop-heading">
            <h3 id="shop-heading">
              {household.shopName
                ? t('helper.household.shop', { name: household.shopName })
                : t('helper.household.openShop')}
            </h3>
            {household.shopName ? null : (
              <>
                <p className="ns-muted">{t('helper.household.noShop')}</p>
                <OpenShopSteps
                  householdId={household.id}
                  villageName={household.villageName}
                  suggestedName={t('helper.household.suggestedShopName', { name: household.head })}
                  onOpened={() => void refresh()}
                />
              </>
            )}
          </section>
          {accounts.data && accounts.data.length === 0 ? (
            <section aria-labelledby="payment-heading">
              <h3 id="payment-heading">{t('helper.waiting.noPayment')}</h3>
              <PaymentAccountForm householdId={household.id} onAdded={() => void refresh()} />
            </section>
          ) : accounts.data ? (
            <section aria-labelledby="payment-heading">
              <h3 id="payment-heading">{t('seller.pay.title')}</h3>
              <PaymentAccounts householdId={household.id} />
            </section>
          ) : null}
          {household.shopName ? <TransfersToSettle householdId={household.id} heading="h3" /> : null}
          {household.shopName ? (
            <section aria-labelledby="orders-heading">
              <h3 id="orders-heading">{t('seller.orders.title')}</h3>
              <Link href="/orders" className="ns-button">
                {t('helper.household.orders')}
              </Link>
              <Link href="/reviews" className="ns-button">
                {t('seller.reviews.open')}
              </Link>
            </section>
          ) : null}
          {household.shopName ? (
            <section aria-labelledby="listings-heading">
              <h3 id="listings-heading">{t('listing.mine')}</h3>
              <p>
                <Link href="/listings" className="ns-button">
                  {t('helper.household.listings')}
                </Link>
              </p>
              {listingOpen ? (
                <ListingForm
                  householdId={household.id}
                  onSaved={() => {
                    setListingOpen(false);
                    void refresh();
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="ns-button ns-button--primary"
                  onClick={() => setListingOpen(true)}
                >
                  {t('helper.household.newListing')}
                </button>
              )}
              <HouseholdListings householdId={household.id} />
            </section>
          ) : null}
          <section aria-labelledby="reset-heading">
            <h3 id="reset-heading">{t('helper.reset.title')}</h3>
            <ResetPasswordForm householdId={household.id} />
          </section>
          <section aria-labelledby="activity-heading">
            <h3 id="activity-heading">{t('helper.activity')}</h3>
            <HouseholdActivity householdId={household.id} />
          </section>
        </>
      )}
    </Page>
  );
}
