import { errorMessage, Notice, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import { ComplaintList } from './complaint-list.tsx';
import './complaints.css';

/**
 * The village's complaints no household settled within 48 hours (the escalation job's), on the helper's start
 * screen: the household's own helper opens the order to answer; a teammate calls the household. Loaded lazily.
 */
export default function EscalatedComplaints() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const escalated = useQuery(trpc.complaints.escalated.queryOptions({}));
  if (escalated.isError) return <Notice tone="error">{errorMessage(escalated.error, locale)}</Notice>;
  if (!escalated.data || escalated.data.length === 0) return null;
  const label = t('sellerComplaints.escalated', { count: escalated.data.length });
  return (
    <section className="seller-complaints seller-complaints--escalated" aria-label={label}>
      <h3>{label}</h3>
      <p className="ns-muted">{t('sellerComplaints.escalatedHint')}</p>
      <ComplaintList
        complaints={escalated.data}
        label={label}
        withHousehold
        hrefOf={(c) =>
          c.actions.length > 0 ? `/households/${encodeURIComponent(c.shopId)}/orders/${c.orderId}` : null
        }
      />
    </section>
  );
}
