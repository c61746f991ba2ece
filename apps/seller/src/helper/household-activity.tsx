import { CardListSkeleton, errorMessage, format, Notice, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import { activityLine } from './activity-line.ts';
import './helper.css';

/**
 * What was done for the household, by whom and when, newest first: the helper sees what they did (naming the
 * household), and the household, signed in itself (no id), sees the same log of its helper's actions.
 */
export function HouseholdActivity({ householdId }: { householdId?: string | undefined }) {
  const trpc = useTRPC();
  const { t, has, locale } = useLocale();
  const activity = useQuery(
    trpc.households.activity.queryOptions({
      ...(householdId === undefined ? {} : { householdId }),
      limit: 20,
    }),
  );
  if (activity.isPending) return <CardListSkeleton count={2} label={t('state.loading')} />;
  if (activity.isError) return <Notice tone="error">{errorMessage(activity.error, locale)}</Notice>;
  if (activity.data.items.length === 0) return <p className="ns-muted">{t('helper.activity.none')}</p>;
  return (
    <ol className="ns-activity" aria-label={t('helper.activity')}>
      {activity.data.items.map((entry) => {
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
  );
}
