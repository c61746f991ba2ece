import { errorMessage, Notice, useLocale, useSubmitGuard } from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../trpc.ts';

/**
 * The shop's setting for cash on delivery: on unless the household turns it off (buyers then pay by the accounts
 * above). Saved at once; the checkout offers only what the shop takes.
 */
export function CashOnDeliverySetting({ shopId }: { shopId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const shop = useQuery(trpc.shop.get.queryOptions({ shopId }));
  const update = useMutation(trpc.shop.update.mutationOptions());
  const { submit, pending } = useSubmitGuard();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!shop.data) return null;
  const on = shop.data.acceptsCashOnDelivery;

  function toggle() {
    void submit(async () => {
      setError(null);
      setSaved(false);
      try {
        await update.mutateAsync({ acceptsCashOnDelivery: !on });
        await queryClient.invalidateQueries({ queryKey: trpc.shop.get.queryKey({ shopId }) });
        setSaved(true);
      } catch (caught) {
        setError(errorMessage(caught, locale));
      }
    });
  }

  return (
    <div className="ns-form">
      <label className="ns-check">
        <input type="checkbox" checked={on} disabled={pending} onChange={toggle} />
        {t('seller.pay.cashOnDelivery')}
      </label>
      <p className="ns-muted">{t(on ? 'seller.pay.cashOnDeliveryOn' : 'seller.pay.cashOnDeliveryOff')}</p>
      {saved ? <Notice tone="info">{t('seller.pay.cashOnDeliverySaved')}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
