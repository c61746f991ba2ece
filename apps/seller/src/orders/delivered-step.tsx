import { errorMessage, format, Notice, useLocale } from '@nongsan/ui';
import { useEffect, useRef, useState } from 'react';
import type { InboxOrder } from '../household/household-types.ts';

/** How long "Delivered" can still be taken back before it is sent. */
export const DELIVERED_UNDO_SECONDS = 6;

/**
 * "Delivered to the buyer": asks first (saying, for cash on delivery, that the cash is recorded as received with
 * it), then waits a few seconds with an Undo before sending, so a slip of the thumb changes nothing. Leaving the
 * screen while it waits sends it: the seller was sure.
 */
export function DeliveredStep({ order, run }: { order: InboxOrder; run: () => Promise<unknown> }) {
  const { t, locale } = useLocale();
  const [stage, setStage] = useState<'closed' | 'sure' | 'waiting' | 'sending'>('closed');
  const [failure, setFailure] = useState<unknown>(null);
  const send = useRef<(() => void) | null>(null);
  // The latest `run`, so a re-render while waiting (the inbox polls) does not restart the wait.
  const latestRun = useRef(run);
  latestRun.current = run;
  const collectsCash = order.payment.method === 'cash_on_delivery' && order.payment.status === 'unpaid';

  // Leaving the screen during the wait sends it (declared first: its cleanup runs before the wait's clears `send`).
  useEffect(() => () => send.current?.(), []);
  useEffect(() => {
    if (stage !== 'waiting') return;
    let sent = false;
    const go = () => {
      if (sent) return;
      sent = true;
      setStage('sending');
      latestRun.current().catch((error: unknown) => {
        setFailure(error);
        setStage('closed');
      });
    };
    send.current = go;
    const timer = setTimeout(go, DELIVERED_UNDO_SECONDS * 1000);
    return () => {
      clearTimeout(timer);
      send.current = null;
    };
  }, [stage]);

  if (stage === 'closed') {
    return (
      <>
        {failure ? <Notice tone="error">{errorMessage(failure, locale)}</Notice> : null}
        <button
          type="button"
          className="ns-button"
          onClick={() => {
            setFailure(null);
            setStage('sure');
          }}
        >
          {t('seller.orders.delivered')}
        </button>
      </>
    );
  }
  if (stage === 'sure') {
    return (
      <div className="ns-step" data-delivered-step>
        <Notice tone="info">
          {t('sellerOrders.deliveredSure')}
          {collectsCash
            ? ` ${t('sellerOrders.deliveredCash', { total: format.money(order.totals.total) })}`
            : ''}
        </Notice>
        <div className="ns-reason__buttons">
          <button type="button" className="ns-button ns-button--primary" onClick={() => setStage('waiting')}>
            {t('sellerOrders.deliveredSend')}
          </button>
          <button type="button" className="ns-button" onClick={() => setStage('closed')}>
            {t('sellerOrders.notNow')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="ns-step" data-delivered-step>
      <Notice tone="info">
        {stage === 'sending'
          ? t('state.sending')
          : t('sellerOrders.deliveredSoon', { seconds: DELIVERED_UNDO_SECONDS })}
      </Notice>
      {stage === 'waiting' ? (
        <button type="button" className="ns-button" onClick={() => setStage('closed')}>
          {t('sellerOrders.undo')}
        </button>
      ) : null}
    </div>
  );
}
