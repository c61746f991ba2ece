import { useLocale } from '@nongsan/ui';

/**
 * What the buyer wrote at checkout ("gọi trước khi giao", "để ở cổng"), as they wrote it: on the order card, the
 * order page and the packing slip, so whoever packs and hands over reads it. Nothing when there is no note.
 */
export function BuyerNote({ note }: { note: string | null }) {
  const { t } = useLocale();
  if (!note) return null;
  return (
    <p className="ns-note" data-note>
      <strong>{t('sellerOrders.note')}:</strong> <q>{note}</q>
    </p>
  );
}
