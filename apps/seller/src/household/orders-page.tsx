import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { TransfersToSettle } from '../transfers/transfers-to-settle.tsx';
import { useTRPC } from '../trpc.ts';
import type { InboxOrder } from './household-types.ts';
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
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const inbox = useQuery(trpc.orders.inbox.queryOptions(householdId === undefined ? {} : { householdId }));
  const [slip, setSlip] = useState<InboxOrder | null>(null);
  const current = slip ? (inbox.data?.orders.find((o) => o.id === slip.id) ?? slip) : null;

  return (
    <>
      <AppBar title={t('seller.orders.title')} start={start} />
      <Page>
        {current ? <PackingSlip order={current} shopName={shopName} onClose={() => setSlip(null)} /> : null}
        <div className={current ? 'ns-noprint' : undefined}>
          <TransfersToSettle householdId={householdId} />
          {inbox.isPending ? (
            <CardListSkeleton count={3} label={t('state.loading')} />
          ) : inbox.isError ? (
            <Notice tone="error">{errorMessage(inbox.error, locale)}</Notice>
          ) : inbox.data.orders.length === 0 ? (
            <p className="ns-muted">{t('state.empty')}</p>
          ) : (
            <ul className="ns-cards">
              {inbox.data.orders.map((order) => (
                <OrderCard
                  key={order.id}
                  order={order}
                  householdId={householdId}
                  fresh={fresh.includes(order.id)}
                  onSlip={setSlip}
                />
              ))}
            </ul>
          )}
        </div>
      </Page>
    </>
  );
}
