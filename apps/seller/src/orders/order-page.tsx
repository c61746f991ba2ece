import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useInboxPages } from '../household/inbox-pages.ts';
import { OrderCard } from '../household/order-card.tsx';
import { PackingSlip } from '../household/packing-slip.tsx';
import { useTRPC } from '../trpc.ts';
import { OrderTimeline } from './order-timeline.tsx';
import './orders.css';

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
                  />
                </ul>
              ) : (
                <Notice tone="info">{t('sellerOrders.notInInbox')}</Notice>
              )}
              <OrderTimeline events={detail.data.events} />
            </>
          )}
        </div>
      </Page>
    </>
  );
}
