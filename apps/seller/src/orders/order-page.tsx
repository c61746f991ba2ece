import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useInboxPages } from '../household/inbox-pages.ts';
import { OrderCard } from '../household/order-card.tsx';
import { PackingSlip } from '../household/packing-slip.tsx';
import { useTRPC } from '../trpc.ts';
import { OrderTimeline } from './order-timeline.tsx';
import './orders.css';

/** A delivered order's complaint: what the buyer reported, answering it, the refund to pay. Loaded when shown. */
const OrderComplaint = lazy(() => import('../complaints/order-complaint.tsx'));

/**
 * One order (`/orders/:id`): the inbox's card with every step its status allows, and below it the order's history
 * from `orders.get`, fetched again whenever a step changes the order.
 */
export default function OrderPage({
  orderId,
  householdId,
  shopName,
}: {
  orderId: string;
  householdId?: string | undefined;
  shopName: string;
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const acting = householdId === undefined ? {} : { householdId };
  const { pages: inbox, orders } = useInboxPages(householdId);
  const complaints = useQuery(trpc.complaints.inbox.queryOptions(acting));
  const detail = useQuery(trpc.orders.get.queryOptions({ orderId, ...acting }));
  const [slip, setSlip] = useState(false);
  const card = orders?.find((o) => o.id === orderId);

  // A step taken on the card refreshes the inbox; the order's history follows it.
  const stamp = card ? `${card.status}|${card.payment.status}|${card.trackingCode}|${card.totals.total}` : '';
  const refetchDetail = detail.refetch;
  useEffect(() => {
    if (stamp !== '') void refetchDetail();
  }, [stamp, refetchDetail]);

  const reference = detail.data?.order.reference ?? card?.reference ?? '';
  const back = (
    <Link href="/orders" className="ns-appbar__action">
      {t('nav.back')}
    </Link>
  );
  return (
    <>
      <AppBar title={reference} start={back} />
      <Page>
        {slip && card ? (
          <PackingSlip order={card} shopName={shopName} onClose={() => setSlip(false)} />
        ) : null}
        <div className={slip ? 'ns-noprint' : undefined}>
          {detail.isPending || inbox.isPending ? (
            <CardListSkeleton count={1} label={t('state.loading')} />
          ) : detail.isError ? (
            <Notice tone="error">{errorMessage(detail.error, locale)}</Notice>
          ) : (
            <>
              {card ? (
                <ul className="ns-cards">
                  <OrderCard
                    order={card}
                    householdId={householdId}
                    fresh={false}
                    onSlip={() => setSlip(true)}
                    complaint={complaints.data?.find((c) => c.orderId === orderId)}
                  />
                </ul>
              ) : (
                <Notice tone="info">{t('sellerOrders.notInInbox')}</Notice>
              )}
              {detail.data.order.status === 'delivered' || detail.data.order.status === 'completed' ? (
                <Suspense fallback={null}>
                  <OrderComplaint orderId={orderId} householdId={householdId} />
                </Suspense>
              ) : null}
              <OrderTimeline events={detail.data.events} />
            </>
          )}
        </div>
      </Page>
    </>
  );
}
