import { amountDue, formatAddress, formatPhone, isFinalOrderStatus, paymentBalance } from '@nongsan/domain';
import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  format,
  Notice,
  Page,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'wouter';
import { TotalsList } from '../cart/totals-list.tsx';
import { OrderTimeline } from '../orders/order-timeline.tsx';
import type { OrderView } from '../orders/order-types.ts';
import { PaymentPanel } from '../orders/payment-panel.tsx';
import { useTRPC } from '../trpc.ts';

// The review form and the review load only on a delivered order's page.
const OrderReview = lazy(() => import('../reviews/order-review.tsx'));
/** A delivered order's complaint and refund: loaded only for delivered orders. */
const ComplaintSection = lazy(() => import('../complaints/complaint-section.tsx'));

/** While an order may still change, its page asks every few seconds (a confirmation shows up by itself). */
export const ORDER_POLL_MS = 4_000;

/** What the buyer owes or is owed after a weight was adjusted or a payment recorded, in words. */
function Settlement({ order }: { order: OrderView }) {
  const { t } = useLocale();
  const adjusted = order.lines.some((line) => line.packedQuantity !== null);
  // The domain's `paymentBalance` reads only status, totals and paid amount.
  const balance = paymentBalance({
    status: order.status,
    totals: order.totals,
    payment: { ...order.payment, paidAt: null },
  });
  return (
    <div className="buyer-settlement">
      {adjusted ? <p>{t('buyer.order.newTotal', { amount: format.money(order.totals.total) })}</p> : null}
      {order.payment.status === 'paid' && order.payment.paidAmount !== null ? (
        <p>{t('buyer.order.paid', { amount: format.money(order.payment.paidAmount) })}</p>
      ) : amountDue(order) > 0 ? (
        // A cancelled order owes nothing: "not paid yet" would only worry the buyer.
        <p>{t('buyer.order.unpaid')}</p>
      ) : null}
      {balance > 0 ? (
        <Notice tone="info">{t('buyer.order.refund', { amount: format.money(balance) })}</Notice>
      ) : null}
      {balance < 0 ? (
        <Notice tone="info">{t('buyer.order.owe', { amount: format.money(-balance) })}</Notice>
      ) : null}
    </div>
  );
}

function CancelOrder({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { submit, pending } = useSubmitGuard();
  const cancel = useMutation(trpc.orders.cancel.mutationOptions());

  function confirm() {
    void submit(async () => {
      setError(null);
      try {
        await cancel.mutateAsync({ orderId });
        setAsking(false);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.orders.get.queryKey({ orderId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.orders.mine.pathKey() }),
        ]);
      } catch (caught) {
        setError(errorMessage(caught, locale));
      }
    });
  }

  return (
    <div className="buyer-cancel">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {asking ? (
        <>
          <p>{t('buyer.order.cancelAsk')}</p>
          <div className="buyer-cancel__buttons">
            <button type="button" className="ns-button buyer-danger" disabled={pending} onClick={confirm}>
              {t('buyer.order.cancelYes')}
            </button>
            <button type="button" className="ns-button" disabled={pending} onClick={() => setAsking(false)}>
              {t('buyer.order.cancelNo')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="ns-button buyer-danger" onClick={() => setAsking(true)}>
          {t('buyer.order.cancel')}
        </button>
      )}
    </div>
  );
}

/**
 * One order: its way so far, what is in it (with packed weights), money (a new total after weighing, what is owed
 * either way), the VietQR code while a bank transfer is due, and cancelling while the buyer still may. Polled while
 * the order can still change.
 */
export default function OrderPage({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const detail = useQuery({
    ...trpc.orders.get.queryOptions({ orderId }, { staleTime: 0 }),
    refetchInterval: (query) =>
      query.state.data && isFinalOrderStatus(query.state.data.order.status) ? false : ORDER_POLL_MS,
  });
  const shopId = detail.data?.order.shopId;
  const shop = useQuery({
    ...trpc.shop.get.queryOptions({ shopId: shopId ?? '' }, { staleTime: 60_000 }),
    enabled: shopId !== undefined,
  });
  const back = (
    <Link href="/orders" className="ns-appbar__action" aria-label={t('nav.back')}>
      ←
    </Link>
  );

  if (detail.isPending || detail.isError) {
    return (
      <>
        <AppBar title={t('buyer.orders.title')} start={back} />
        <Page>
          {detail.isError ? (
            <Notice tone="error">{errorMessage(detail.error, locale)}</Notice>
          ) : (
            <CardListSkeleton count={2} label={t('state.loading')} />
          )}
        </Page>
      </>
    );
  }

  const { order, events, actions } = detail.data;
  return (
    <>
      <AppBar title={t('buyer.order.title', { reference: order.reference })} start={back} />
      <Page heading={t('buyer.order.title', { reference: order.reference })}>
        <p className="buyer-order-status" aria-live="polite">
          <span className={isFinalOrderStatus(order.status) ? 'ns-badge ns-badge--muted' : 'ns-badge'}>
            {t(`buyer.order.status.${order.status}`)}
          </span>
        </p>
        <p className="ns-muted">
          {shop.data ? (
            <Link href={`/shops/${encodeURIComponent(shop.data.id)}`} className="buyer-tap-link">
              {`${shop.data.name} · ${shop.data.villageName}`}
            </Link>
          ) : (
            '\u00a0'
          )}
        </p>
        <PaymentPanel order={order} offered={shop.data?.paymentMethods ?? null} />
        <OrderTimeline order={order} events={events} />
        {order.status === 'delivered' || order.status === 'completed' ? (
          <Suspense fallback={null}>
            <ComplaintSection orderId={order.id} />
          </Suspense>
        ) : null}
        {order.status === 'placed' ? (
          <p className="ns-muted">
            {t('buyer.order.confirmBy', { time: format.instant(order.confirmBy, locale) })}
          </p>
        ) : null}
        <ul className="buyer-lines">
          {order.lines.map((line) => (
            <li key={line.listingId} className="buyer-order-line">
              <span className="ns-card__title">{line.title}</span>
              <span>
                {format.quantity(line.quantity, line.unit, locale)} ×{' '}
                {format.unitPrice(line.unitPrice, line.unit, locale)}
              </span>
              {line.packedQuantity !== null ? (
                <span className="ns-muted">
                  {t('buyer.order.weighed', {
                    packed: format.quantity(line.packedQuantity, line.unit, locale),
                    ordered: format.quantity(line.quantity, line.unit, locale),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <TotalsList totals={order.totals} totalLabel={t('buyer.totals.orderTotal')} />
        <p>{t('buyer.order.payment', { method: t(`buyer.payment.${order.payment.method}`) })}</p>
        <Settlement order={order} />
        {order.note ? (
          <p className="buyer-order-note">{t('buyer.order.note', { note: order.note })}</p>
        ) : null}
        <p className="ns-muted">
          {t('buyer.order.deliverTo', { address: formatAddress(order.deliveryAddress, locale) })}
          <br />
          {t('buyer.order.callOnDelivery', { phone: formatPhone(order.deliveryPhone) })}
        </p>
        {actions.includes('cancel') ? <CancelOrder orderId={order.id} /> : null}
        {order.status === 'delivered' || order.status === 'completed' ? (
          <Suspense fallback={null}>
            <OrderReview orderId={order.id} />
          </Suspense>
        ) : null}
      </Page>
    </>
  );
}
