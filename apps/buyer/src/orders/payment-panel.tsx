import { amountToTransfer, formatPhone, mayChangePaymentMethod, type PaymentMethod } from '@nongsan/domain';
import { errorMessage, format, Notice, useLocale, useSubmitGuard } from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import { CopyRow } from './copy-button.tsx';
import type { OrderView } from './order-types.ts';
import { PAYMENT_ANCHOR } from './payment-anchor.ts';
import { VietQrPanel } from './vietqr-code.tsx';

/** The order as the domain's money functions read it (times are not needed). */
const money = (order: OrderView) => ({
  status: order.status,
  totals: order.totals,
  payment: { ...order.payment, paidAt: null },
});

/**
 * Asks a payment screen's query again whenever the order changes (a weight adjusted, a payment recorded): what is
 * owed may have changed, and an old amount must not be shown as current.
 */
function useRefetchOnNewVersion(version: number, refetch: () => unknown) {
  const shownVersion = useRef(version);
  useEffect(() => {
    if (version === shownVersion.current) return;
    shownVersion.current = version;
    void refetch();
  }, [version, refetch]);
}

/**
 * The VietQR code of what is owed, with the account number, amount and reference to copy. A code for another
 * amount than the one owed now is never shown, not even for a moment while the new one loads.
 */
function BankTransfer({ order, owed }: { order: OrderView; owed: number }) {
  const trpc = useTRPC();
  const { locale } = useLocale();
  const qr = useQuery(trpc.payments.vietQr.queryOptions({ orderId: order.id }, { staleTime: 0, gcTime: 0 }));
  useRefetchOnNewVersion(order.version, qr.refetch);
  if (qr.isError) return <Notice tone="error">{errorMessage(qr.error, locale)}</Notice>;
  if (!qr.data || (qr.isFetching && qr.data.amount !== owed))
    return <div className="buyer-qr buyer-qr--loading" aria-busy="true" />;
  return <VietQrPanel qr={qr.data} />;
}

/** How to pay from an e-wallet app: which wallet, its number and holder, the amount and the reference, each to copy. */
function EWalletPayment({ order, owed }: { order: OrderView; owed: number }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const wallet = useQuery(
    trpc.payments.eWallet.queryOptions({ orderId: order.id }, { staleTime: 0, gcTime: 0 }),
  );
  useRefetchOnNewVersion(order.version, wallet.refetch);
  if (wallet.isError) return <Notice tone="error">{errorMessage(wallet.error, locale)}</Notice>;
  if (!wallet.data || (wallet.isFetching && wallet.data.amount !== owed))
    return <div className="buyer-qr buyer-wallet--loading" aria-busy="true" />;
  const { providerName, phone, holderName, amount, purpose } = wallet.data;
  return (
    <section className="buyer-qr buyer-wallet" aria-labelledby="wallet-title">
      <h3 id="wallet-title">{t('buyer.wallet.title')}</h3>
      <p>{t('buyer.wallet.how', { wallet: providerName })}</p>
      <CopyRow
        text={t('buyer.wallet.number', { wallet: providerName, phone: formatPhone(phone) })}
        value={phone}
        what="walletNumber"
      />
      {holderName ? <p className="ns-muted">{t('buyer.wallet.holder', { name: holderName })}</p> : null}
      <div className="buyer-qr__amount">
        <CopyRow
          text={t('buyer.qr.amount', { amount: format.money(amount) })}
          value={String(amount)}
          what="amount"
        />
      </div>
      <CopyRow text={t('buyer.qr.reference', { purpose })} value={purpose} what="reference" />
      <p className="ns-muted">{t('buyer.qr.after')}</p>
    </section>
  );
}

/** The buyer picks another way the shop takes; the order page shows the new way's screen at once. */
function ChangePaymentMethod({
  order,
  offered,
  open,
}: {
  order: OrderView;
  offered: readonly PaymentMethod[];
  open: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const others = offered.filter((method) => method !== order.payment.method);
  const [asking, setAsking] = useState(false);
  const [chosen, setChosen] = useState<PaymentMethod | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const change = useMutation(trpc.orders.changePaymentMethod.mutationOptions());
  // Switched to the shop's only way: nothing is left to switch to, but the buyer still reads that it is done.
  if (others.length === 0) return done ? <Notice tone="info">{t('buyer.pay.changed')}</Notice> : null;
  const selected = chosen && others.includes(chosen) ? chosen : (others[0] ?? null);

  function send() {
    if (!selected) return;
    void submit(async () => {
      setError(null);
      try {
        await change.mutateAsync({ orderId: order.id, paymentMethod: selected });
        setDone(true);
        setAsking(false);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.orders.get.queryKey({ orderId: order.id }) }),
          queryClient.invalidateQueries({ queryKey: trpc.orders.mine.pathKey() }),
        ]);
      } catch (caught) {
        setError(errorMessage(caught, locale));
      }
    });
  }

  // Open by itself while the current way cannot work; else behind a button.
  if (!asking && !(open && !done))
    return (
      <div className="buyer-pay-change">
        {done ? <Notice tone="info">{t('buyer.pay.changed')}</Notice> : null}
        <button type="button" className="ns-button" onClick={() => setAsking(true)}>
          {t('buyer.pay.change')}
        </button>
      </div>
    );
  return (
    <fieldset className="buyer-pay-change">
      <legend>{t('buyer.pay.changeTo')}</legend>
      {others.map((method) => (
        <label key={method} className="ns-check">
          <input
            type="radio"
            name="changePaymentMethod"
            value={method}
            checked={selected === method}
            onChange={() => setChosen(method)}
          />
          {t(`buyer.payment.${method}`)}
        </label>
      ))}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="button" className="ns-button ns-button--primary" disabled={pending} onClick={send}>
        {t('buyer.pay.changeSubmit')}
      </button>
    </fieldset>
  );
}

/**
 * How to pay this order: the screen of its way (VietQR for a transfer, the wallet for an e-wallet; nothing to do
 * for cash), and, while the buyer may still switch, the ways the shop takes now. When the shop can no longer
 * receive the chosen way, the page says so and asks for another instead of showing a screen that cannot work.
 */
export function PaymentPanel({
  order,
  offered,
}: {
  order: OrderView;
  /** The ways the shop takes now (`shop.get`), null while loading. */
  offered: readonly PaymentMethod[] | null;
}) {
  const { t } = useLocale();
  // Opened from the orders list's "how to pay": the payment screen comes into view (the app routes without reloads,
  // so the browser does not scroll to the address's #fragment by itself).
  const scrollHere = useCallback((element: HTMLDivElement | null) => {
    if (element && window.location.hash === `#${PAYMENT_ANCHOR}`) element.scrollIntoView({ block: 'start' });
  }, []);
  const owed = amountToTransfer(money(order));
  const { method } = order.payment;
  const changeable = mayChangePaymentMethod(order, { kind: 'buyer', userId: order.buyerId });
  const impossible = offered !== null && !offered.includes(method) && order.payment.status === 'unpaid';
  return (
    <div id={PAYMENT_ANCHOR} className="buyer-pay" ref={scrollHere}>
      {impossible && changeable ? (
        <Notice tone="error">{t('buyer.pay.impossible', { method: t(`buyer.payment.${method}`) })}</Notice>
      ) : method === 'bank_transfer' && owed > 0 ? (
        <BankTransfer order={order} owed={owed} />
      ) : method === 'e_wallet' && owed > 0 ? (
        <EWalletPayment order={order} owed={owed} />
      ) : null}
      {changeable && offered ? (
        <ChangePaymentMethod order={order} offered={offered} open={impossible} />
      ) : null}
    </div>
  );
}
