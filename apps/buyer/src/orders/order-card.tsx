import { format, useLocale } from '@nongsan/ui';
import { Link } from 'wouter';
import type { OrderView } from './order-types.ts';
import { PAYMENT_ANCHOR } from './payment-anchor.ts';

const OPEN = new Set(['placed', 'confirmed', 'handed_over']);

/** One order in the list: reference, status, what is in it, total, when it was placed. */
export function OrderCard({ order }: { order: OrderView }) {
  const { t, locale } = useLocale();
  const payable =
    order.payment.method !== 'cash_on_delivery' &&
    order.payment.status === 'unpaid' &&
    OPEN.has(order.status);
  return (
    <li>
      <Link
        href={`/orders/${encodeURIComponent(order.id)}${payable ? `#${PAYMENT_ANCHOR}` : ''}`}
        className="ns-card buyer-order-card"
      >
        <div className="ns-card__body">
          <h3 className="ns-card__title">{t('buyer.order.title', { reference: order.reference })}</h3>
          <span className={OPEN.has(order.status) ? 'ns-badge' : 'ns-badge ns-badge--muted'}>
            {t(`buyer.order.status.${order.status}`)}
          </span>
          <span className="buyer-order-card__lines">
            {order.lines
              // What was weighed at packing, once it was: the buyer pays for that.
              .map(
                (line) =>
                  `${line.title} · ${format.quantity(line.packedQuantity ?? line.quantity, line.unit, locale)}`,
              )
              .join(', ')}
          </span>
          {payable ? <span className="buyer-order-card__pay">{t('buyer.pay.link')}</span> : null}
          <span className="buyer-order-card__foot">
            <span className="ns-card__price">{format.money(order.totals.total)}</span>
            <time className="ns-muted" dateTime={order.placedAt}>
              {format.instant(order.placedAt, locale)}
            </time>
          </span>
        </div>
      </Link>
    </li>
  );
}
