import { SOLD_ORDER_STATUSES } from '@nongsan/domain';
import { useLocale } from '@nongsan/ui';

/**
 * Under every sales figure: which orders it counts, named by the statuses the seller reads on the order cards
 * (the domain's `SOLD_ORDER_STATUSES`), and which it leaves out.
 */
export function SoldNote() {
  const { t } = useLocale();
  const statuses = SOLD_ORDER_STATUSES.map((status) => t(`seller.orders.status.${status}`)).join(', ');
  return (
    <p className="ns-muted" data-sold-note>
      {t('sellerSales.counts', { statuses })}
    </p>
  );
}
