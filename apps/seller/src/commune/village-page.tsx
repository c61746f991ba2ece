import { ADOPTION_STAGE_LABELS } from '@nongsan/domain';
import { AppBar, CardListSkeleton, errorMessage, Notice, Page, ShowMoreButton, useLocale } from '@nongsan/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { SignOutButton } from '../helper/sign-out-button.tsx';
import { StageBadge } from '../helper/stage-badge.tsx';
import { useTRPC } from '../trpc.ts';

/**
 * One village as an official opens it from the commune view: how many of its households are at each stage of the
 * programme, then every household with its stage and shop, so the village's laggards can be named to its team.
 */
export function VillagePage({ villageId }: { villageId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const village = useInfiniteQuery(
    trpc.commune.village.infiniteQueryOptions(
      { villageId },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  // The village's name and its stages come with every page; the households are the pages one after another.
  const first = village.data?.pages[0];
  const households = village.data?.pages.flatMap((page) => page.households) ?? [];
  const back = (
    <Link href="/" className="ns-appbar__action">
      {t('nav.back')}
    </Link>
  );
  // Every household of the village, counted by stage (the list below is a page of them).
  const total = first?.stages.reduce((sum, stage) => sum + stage.households, 0) ?? 0;
  return (
    <>
      <AppBar title={t('commune.title')} start={back} end={<SignOutButton />} />
      <Page heading={first ? t('commune.villageTitle', { name: first.villageName }) : ' '}>
        {village.isPending ? (
          <CardListSkeleton count={3} label={t('state.loading')} />
        ) : village.isError || !first ? (
          <Notice tone="error">{errorMessage(village.error, locale)}</Notice>
        ) : (
          <>
            <section aria-labelledby="stages-heading">
              <h3 id="stages-heading">{t('commune.stages')}</h3>
              <table className="ns-table" data-table="stages">
                <thead>
                  <tr>
                    <th scope="col">{t('commune.stage')}</th>
                    <th scope="col" className="ns-num">
                      {t('commune.householdsCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {first.stages.map(({ stage, households }) => (
                    <tr key={stage} data-stage-row={stage}>
                      <th scope="row">{ADOPTION_STAGE_LABELS[stage][locale]}</th>
                      <td className="ns-num">{`${households}/${total}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section aria-labelledby="village-households-heading">
              <h3 id="village-households-heading">{t('commune.villageHouseholds', { count: total })}</h3>
              <ul className="ns-cards" aria-labelledby="village-households-heading">
                {households.map((household) => (
                  <li key={household.id} className="ns-card" data-village-household={household.id}>
                    <div className="ns-card__body">
                      <h4 className="ns-card__title">{household.head}</h4>
                      <span className="ns-muted">
                        {household.shopName ?? t('helper.waiting.noShop')}
                        {household.isLead ? ` · ${t('helper.lead')}` : ''}
                      </span>
                      <StageBadge stage={household.adoptionStage} />
                    </div>
                  </li>
                ))}
              </ul>
              <ShowMoreButton pages={village} />
            </section>
          </>
        )}
      </Page>
    </>
  );
}
