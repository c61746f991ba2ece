import { AppBar, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { PushAlertsCard } from '../push/push-alerts-card.tsx';
import { useTRPC } from '../trpc.ts';
import { HomeWaitingList } from './home-waiting-list.tsx';
import type { InboxOrder, SignedInUser } from './household-types.ts';
import { OpenShopSteps } from './open-shop-steps.tsx';

export interface HouseholdShop {
  readonly id: string;
  readonly villageId: string;
  readonly villageName: string;
  readonly head: string;
  readonly shopName: string | null;
}

/**
 * The household's start screen: without a shop, the guided opening; with one, what waits (orders to confirm with
 * the time left, to hand over, listings out of season or out of stock),
 * the way to sell something and to see the shop as buyers do.
 */
export default function HomePage({
  user,
  household,
  orders,
}: {
  user: SignedInUser;
  household: HouseholdShop;
  orders: readonly InboxOrder[] | undefined;
}) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const hasShop = household.shopName !== null;
  // Asked only once the shop is open: a shop nobody can pay is the next thing to fix.
  const accounts = useQuery(trpc.households.paymentAccounts.queryOptions({}, { enabled: hasShop }));
  return (
    <>
      <AppBar title={t('app.seller.title')} />
      <Page heading={t('signIn.welcome', { name: user.displayName })}>
        {household.shopName === null ? (
          <section>
            <h3>{t('seller.shop.openTitle')}</h3>
            <p className="ns-muted">{t('seller.home.openShopFirst')}</p>
            <OpenShopSteps
              villageName={household.villageName}
              suggestedName={t('seller.shop.suggestedName', { name: household.head })}
            />
          </section>
        ) : (
          <section>
            <h3 data-shop-name>{household.shopName}</h3>
            <p className="ns-muted">{t('seller.shop.village', { village: household.villageName })}</p>
            {accounts.data?.length === 0 ? (
              <Notice tone="info">
                <Link href="/account">{t('seller.home.addPayment')}</Link>
              </Notice>
            ) : null}
            <HomeWaitingList orders={orders} />
            <PushAlertsCard />
            <p>
              <Link href="/listings/new" className="ns-button ns-button--primary">
                {t('seller.listing.new')}
              </Link>
            </p>
            <p>
              <Link href="/reviews" className="ns-button">
                {t('seller.reviews.open')}
              </Link>
            </p>
            <p>
              {/* The buyer app's list of this village's listings, where buyers find the shop. */}
              <a href={`/buyer/?village=${encodeURIComponent(household.villageId)}`} className="ns-button">
                {t('seller.shop.preview')}
              </a>
            </p>
          </section>
        )}
      </Page>
    </>
  );
}
