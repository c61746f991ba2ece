import type { OrderTotals } from '@nongsan/domain';
import { format, useLocale } from '@nongsan/ui';

/** Goods, delivery and the total of an order (or of the whole checkout) as a short list of money lines. */
export function TotalsList({ totals, totalLabel }: { totals: OrderTotals; totalLabel: string }) {
  const { t } = useLocale();
  return (
    <dl className="buyer-totals">
      <div>
        <dt>{t('buyer.totals.goods')}</dt>
        <dd>{format.money(totals.subtotal)}</dd>
      </div>
      <div>
        <dt>{t('buyer.totals.delivery')}</dt>
        <dd>{totals.deliveryFee === 0 ? t('buyer.totals.free') : format.money(totals.deliveryFee)}</dd>
      </div>
      <div className="buyer-totals__total">
        <dt>{totalLabel}</dt>
        <dd>{format.money(totals.total)}</dd>
      </div>
    </dl>
  );
}
