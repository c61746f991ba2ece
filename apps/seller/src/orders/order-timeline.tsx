import type { RouterOutputs } from '@nongsan/api';
import { format, useLocale } from '@nongsan/ui';

/** One step of an order's history, as `orders.get` gives it. */
export type OrderEventEntry = RouterOutputs['orders']['get']['events'][number];

function Detail({ event }: { event: OrderEventEntry }) {
  const { t, locale } = useLocale();
  const d = event.details;
  const num = (key: string) => (typeof d[key] === 'number' ? (d[key] as number) : 0);
  switch (event.kind) {
    case 'weight_adjusted':
      return (
        <>
          {t('sellerOrders.event.weight_adjusted', {
            from: format.quantity(num('fromQuantity'), 'kg', locale),
            to: format.quantity(num('toQuantity'), 'kg', locale),
            total: format.money(num('total')),
          })}
        </>
      );
    case 'handed_over':
      return <>{t('sellerOrders.event.handed_over', { code: String(d.trackingCode ?? '') })}</>;
    case 'payment_recorded':
      return <>{t('sellerOrders.event.payment_recorded', { amount: format.money(num('amount')) })}</>;
    case 'complaint_accepted':
    case 'refund_paid':
      return <>{t(`sellerOrders.event.${event.kind}`, { amount: format.money(num('amount')) })}</>;
    case 'complaint_filed':
    case 'complaint_declined':
    case 'complaint_escalated':
      return <>{t(`sellerOrders.event.${event.kind}`)}</>;
    case 'paid_by_bank':
      return <>{t('sellerOrders.event.paid_by_bank', { amount: format.money(num('amount')) })}</>;
    case 'placed':
    case 'confirmed':
    case 'delivered':
    case 'delivery_failed':
    case 'cancelled':
    case 'expired':
      return <>{t(`sellerOrders.event.${event.kind}`)}</>;
    default:
      return <>{event.kind}</>;
  }
}

/** What happened to an order, oldest first: when (Vietnam time), what, by whom, and a reason if one was given. */
export function OrderTimeline({ events }: { events: readonly OrderEventEntry[] }) {
  const { t, locale } = useLocale();
  return (
    <section className="ns-timeline" aria-label={t('sellerOrders.timeline')}>
      <h3>{t('sellerOrders.timeline')}</h3>
      <ol>
        {events.map((event, index) => (
          <li key={`${event.at}-${index}`} data-event={event.kind}>
            <time dateTime={event.at}>{format.instant(event.at, locale)}</time>
            <span>
              <Detail event={event} /> · {t(`sellerOrders.actor.${event.actor.kind}`)}
            </span>
            {typeof event.details.reason === 'string' ? (
              <span className="ns-muted">{t('sellerOrders.reason', { reason: event.details.reason })}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
