import { CardListSkeleton, errorMessage, format, Notice, ShowMoreButton, useLocale } from '@nongsan/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import { activityLine } from './activity-line.ts';
import './helper.css';

/**
 * What was done for the household, by whom and when, newest first: the helper sees what they did (naming the
 * household), and the household, signed in itself (no id), sees the same log of its helper's actions. Twenty
 * entries at a time, "Xem thêm" for older ones.
 */
export function HouseholdActivity({ householdId }: { householdId?: string | undefined }) {
  const trpc = useTRPC();
  const { t, has, locale } = useLocale();
  const activity = useInfiniteQuery(
    trpc.households.activity.infiniteQueryOptions(
      { ...(householdId === undefined ? {} : { householdId }), limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const entries = activity.data?.pages.flatMap((page) => page.items) ?? [];
  if (activity.isPending) return <CardListSkeleton count={2} label={t('state.loading')} />;
  if (activity.isError) return <Notice tone="error">{errorMessage(activity.error, locale)}</Notice>;
  if (entries.length === 0) return <p className="ns-muted">{t('helper.activity.none')}</p>;
  return (
    <>
      <ol className="ns-activity" aria-label={t('helper.activity')}>
        {entries.map((entry) => {
          const role = `role.${entry.actorRole}`;
          return (
            <li key={entry.id} className="ns-activity__entry" data-action={entry.action}>
              <strong>{activityLine(entry, { t, has })}</strong>
              <span>
                {t('helper.activity.by', {
                  name: entry.actorName,
                  role: has(role) ? t(role) : '',
                })}
              </span>
              <time className="ns-muted" dateTime={entry.at}>
                {format.instant(entry.at, locale)}
              </time>
            </li>
          );
        })}
      </ol>
      <ShowMoreButton pages={activity} />
    </>
  );
}
