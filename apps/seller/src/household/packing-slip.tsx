import { formatAddress, formatPhone } from '@nongsan/domain';
import { format, useLocale } from '@nongsan/ui';
import { BuyerNote } from './buyer-note.tsx';
import type { InboxOrder } from './household-types.ts';

/**
 * A packing slip for one order, to print (print CSS shows only the slip) or show the courier on the phone: the
 * reference, where it goes, what is in the parcel, how much to collect.
 */
export function PackingSlip({
  order,
  shopName,
  onClose,
}: {
  order: InboxOrder;
  shopName: string;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const collect = order.payment.method === 'cash_on_delivery' && order.payment.status === 'unpaid';
  return (
    <section className="ns-slip" aria-label={t('seller.orders.slip')}>
      <h2 className="ns-slip__title">
        {t('seller.orders.slip')} · {order.reference}
      </h2>
      <p>
        <strong>{shopName}</strong>
      </p>
      <p>
        {t('seller.orders.buyer')}: {order.buyer.name}
        {order.buyer.phone !== order.deliveryPhone
          ? ` · ${t('seller.orders.buyerPhone')}: ${formatPhone(order.buyer.phone)}`
          : null}
      </p>
      <p>
        {t('seller.orders.address')}: {formatAddress(order.deliveryAddress, locale)}
      </p>
      <p>
        {t('seller.orders.callOnDelivery')}:{' '}
        <a href={`tel:${order.deliveryPhone}`} data-delivery-phone>
          <strong>{formatPhone(order.deliveryPhone)}</strong>
        </a>
      </p>
      <BuyerNote note={order.note} />
      <table className="ns-slip__lines">
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.listingId}>
              <td>{line.title}</td>
              <td>{format.quantity(line.packedQuantity ?? line.quantity, line.unit, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t('seller.orders.total')}</td>
            <td data-slip-total>{format.money(order.totals.total)}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        {t(`seller.orders.payment.${order.payment.method}`)}
        {collect ? `: ${format.money(order.totals.total)}` : ''}
        {order.payment.status === 'paid' ? ` · ${t('seller.orders.paid')}` : ''}
      </p>
      {order.trackingCode ? (
        <p>
          {t('seller.orders.tracking')}: {order.trackingCode}
        </p>
      ) : null}
      <div className="ns-slip__actions">
        <button type="button" className="ns-button ns-button--primary" onClick={() => window.print()}>
          {t('seller.orders.print')}
        </button>
        <button type="button" className="ns-button" onClick={onClose}>
          {t('seller.orders.close')}
        </button>
      </div>
    </section>
  );
}
