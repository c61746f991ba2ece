import { CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { PushAlertsCard } from '../push/push-alerts-card.tsx';
import { useTRPC } from '../trpc.ts';
import { HouseholdWaitingList } from './household-waiting-list.tsx';
import { StageBadge } from './stage-badge.tsx';

/** The village's complaints past 48 hours (the tech team's to look at): loaded after the list. */
const EscalatedComplaints = lazy(() => import('../complaints/escalated-complaints.tsx'));

/** A helper's start screen: their households, each with its stage and what waits for it, and "register". */
export function HouseholdListPage({ helperName }: { helperName: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const households = useQuery(trpc.households.mine.queryOptions());
  return (
    <Page heading={t('signIn.welcome', { name: helperName })}>
      <p className="ns-muted">{t('role.helper')}</p>
      <Link href="/households/new" className="ns-button ns-button--primary">
        {t('helper.register')}
      </Link>
      <Suspense fallback={null}>
        <EscalatedComplaints />
      </Suspense>
      <PushAlertsCard />
      <h3>
        {t('helper.households')}
        {households.data ? (
          <span className="ns-muted">
            {' '}
            · {t('helper.householdsCount', { count: households.data.length })}
          </span>
        ) : null}
      </h3>
      {households.isPending ? (
        <CardListSkeleton count={4} label={t('state.loading')} />
      ) : households.isError ? (
        <Notice tone="error">{errorMessage(households.error, locale)}</Notice>
      ) : households.data.length === 0 ? (
        <p className="ns-muted">{t('helper.noHouseholds')}</p>
      ) : (
        <ul className="ns-cards" aria-label={t('helper.households')}>
          {households.data.map((household) => (
            <li key={household.id} className="ns-card" data-household={household.id}>
              <div className="ns-card__body">
                <h4 className="ns-card__title">
                  <Link
                    href={`/households/${encodeURIComponent(household.id)}`}
                    aria-label={t('helper.openHousehold', { name: household.head })}
                  >
                    {household.head}
                  </Link>
                </h4>
                <span className="ns-muted">
                  {household.villageName}
                  {household.shopName ? ` · ${household.shopName}` : ''}
                  {household.isLead ? ` · ${t('helper.lead')}` : ''}
                </span>
                <StageBadge stage={household.adoptionStage} />
                <HouseholdWaitingList
                  household={household}
                  ordersHref={`/households/${encodeURIComponent(household.id)}/orders`}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
