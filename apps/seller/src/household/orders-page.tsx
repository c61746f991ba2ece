import { AppBar, CardListSkeleton, errorMessage, Notice, Page, ShowMoreButton, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { ComplaintsToSettle } from '../complaints/complaint-list.tsx';
import { TransfersToSettle } from '../transfers/transfers-to-settle.tsx';
import { useTRPC } from '../trpc.ts';
import type { InboxOrder } from './household-types.ts';
import { useInboxPages } from './inbox-pages.ts';
import { OrderCard } from './order-card.tsx';
import { PackingSlip } from './packing-slip.tsx';

/** The shop's orders, those to confirm first (the server sorts them by deadline), new arrivals marked. */
export default function OrdersPage({
  householdId,
  fresh,
  shopName,
  start,
}: {
  householdId?: string | undefined;
  fresh: readonly string[];
  shopName: string;
  /** What the app bar starts with: a helper's way back to the household. */
  start?: ReactNode;
}) {
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const { pages, orders, version } = useInboxPages(householdId);
  // The shop's complaints: the ones to settle above the orders, each one's state on its order's card. Asked again
  // whenever the inbox changes (a complaint is a step in the order's history).
  const complaints = useQuery(
    trpc.complaints.inbox.queryOptions(householdId === undefined ? {} : { householdId }),
  );
  const refetchComplaints = complaints.refetch;
  useEffect(() => {
    if (version !== undefined) void refetchComplaints();
  }, [version, refetchComplaints]);
  const complaintOf = new Map((complaints.data ?? []).map((c) => [c.orderId, c]));
  const [slip, setSlip] = useState<InboxOrder | null>(null);
  const current = slip ? (orders?.find((o) => o.id === slip.id) ?? slip) : null;

  return (
    <>
      <AppBar title={t('seller.orders.title')} start={start} />
      <Page>
        {current ? <PackingSlip order={current} shopName={shopName} onClose={() => setSlip(null)} /> : null}
        <div className={current ? 'ns-noprint' : undefined}>
          <ComplaintsToSettle complaints={complaints.data ?? []} />
          <TransfersToSettle householdId={householdId} />
          {pages.isPending ? (
            <CardListSkeleton count={3} label={t('state.loading')} />
          ) : pages.isError || !orders ? (
            <Notice tone="error">{errorMessage(pages.error, locale)}</Notice>
          ) : orders.length === 0 ? (
            <p className="ns-muted">{t('state.empty')}</p>
          ) : (
            <ul className="ns-cards">
              {orders.map((order) => (
                <OrderCard
                  key={order.id}
                  order={order}
                  householdId={householdId}
                  fresh={fresh.includes(order.id)}
                  onSlip={setSlip}
                  complaint={complaintOf.get(order.id)}
                />
              ))}
            </ul>
          )}
          <ShowMoreButton pages={pages} />
        </div>
      </Page>
    </>
  );
}
