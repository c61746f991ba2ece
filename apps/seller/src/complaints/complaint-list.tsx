import type { RouterOutputs } from '@nongsan/api';
import { format, useLocale } from '@nongsan/ui';
import { Link } from 'wouter';
import './complaints.css';

/** A complaint in a list (the shop's inbox, the tech team's overdue ones). */
export type ListedComplaint = RouterOutputs['complaints']['inbox'][number];

/** A complaint's state in a few words: waiting for an answer, a refund to pay, refunded, declined. */
export function ComplaintStatusText({
  complaint,
}: {
  complaint: Pick<ListedComplaint, 'status' | 'refundAmount'>;
}) {
  const { t } = useLocale();
  const amount = format.money(complaint.refundAmount ?? 0);
  return <>{t(`sellerComplaints.status.${complaint.status}`, { amount })}</>;
}

/**
 * Complaints as cards linking to their order: what was reported, by whom, where it stands. `hrefOf` gives the order's
 * address (inside the household's screens, or a household's screens under the helper's).
 */
export function ComplaintList({
  complaints,
  label,
  hrefOf,
  withHousehold = false,
}: {
  complaints: readonly ListedComplaint[];
  label: string;
  /** Where a complaint opens; null when the reader cannot open it (another helper's household). */
  hrefOf: (complaint: ListedComplaint) => string | null;
  withHousehold?: boolean;
}) {
  const { t, locale } = useLocale();
  return (
    <ul className="seller-complaint-list" aria-label={label}>
      {complaints.map((complaint) => {
        const href = hrefOf(complaint);
        const body = (
          <>
            <span className="seller-complaint-list__title">
              {withHousehold
                ? t('sellerComplaints.cardFor', {
                    reference: complaint.reference,
                    household: complaint.householdName,
                    buyer: complaint.buyerName,
                  })
                : t('sellerComplaints.card', { reference: complaint.reference, buyer: complaint.buyerName })}
            </span>
            <span>
              {t(`sellerComplaints.kind.${complaint.kind}`)} · <ComplaintStatusText complaint={complaint} />
            </span>
            <span className="ns-muted">
              {t('sellerComplaints.filed', { time: format.instant(complaint.filedAt, locale) })}
            </span>
          </>
        );
        return (
          <li key={complaint.id} data-complaint={complaint.reference}>
            {href === null ? (
              <div className="seller-complaint-list__link">{body}</div>
            ) : (
              <Link href={href} className="seller-complaint-list__link">
                {body}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The complaints still to settle (an answer or a refund owed), for the top of the shop's orders. */
export function ComplaintsToSettle({ complaints }: { complaints: readonly ListedComplaint[] }) {
  const { t } = useLocale();
  const open = complaints.filter((c) => c.status === 'open' || c.status === 'refund_due');
  if (open.length === 0) return null;
  const label = t('sellerComplaints.inbox', { count: open.length });
  return (
    <section className="seller-complaints" aria-label={label}>
      <h2>{label}</h2>
      <ComplaintList complaints={open} label={label} hrefOf={(c) => `/orders/${c.orderId}`} />
    </section>
  );
}
