import { CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../trpc.ts';
import { HouseholdActivity } from './household-activity.tsx';
import { HouseholdWaitingList } from './household-waiting-list.tsx';
import { OpenShopForm } from './open-shop-form.tsx';
import { ResetPasswordForm } from './reset-password-form.tsx';
import { StageBadge } from './stage-badge.tsx';

/**
 * One household, as its helper works on it: its stage and what waits, the actions the helper takes for it (open
 * its shop, reset its password), and the activity log that shows who did what for it.
 */
export function HouseholdPage({ householdId }: { householdId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const households = useQuery(trpc.households.mine.queryOptions());
  const household = households.data?.find((h) => h.id === householdId);

  return (
    <Page heading={household?.head ?? ' '}>
      <Link href="/" className="ns-backlink">
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
            <HouseholdWaitingList household={household} />
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
                <OpenShopForm householdId={household.id} suggestedName={`Vườn nhà ${household.head}`} />
              </>
            )}
          </section>
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
