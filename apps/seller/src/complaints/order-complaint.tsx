import type { RouterOutputs } from '@nongsan/api';
import { parseVnd } from '@nongsan/domain';
import {
  clientProblem,
  errorMessage,
  format,
  Notice,
  SubmitButton,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
  VietQrCode,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import './complaints.css';

type ComplaintView = NonNullable<RouterOutputs['complaints']['ofOrder']['complaint']>;

/** Refreshes what shows the complaint: this order's, the inbox list, the order's history. */
function useRefresh(orderId: string, acting: { householdId?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.complaints.ofOrder.queryKey({ orderId, ...acting }) }),
      queryClient.invalidateQueries({ queryKey: trpc.complaints.inbox.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.complaints.escalated.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.orders.get.queryKey({ orderId, ...acting }) }),
      queryClient.invalidateQueries({ queryKey: trpc.orders.inboxVersion.queryKey() }),
    ]);
}

/** Accept with a refund: the amount typed in đồng, at most what the domain allows (shown beside it). */
function AcceptForm({
  complaint,
  acting,
  onDone,
}: {
  complaint: ComplaintView;
  acting: { householdId?: string };
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const { t } = useLocale();
  const [text, setText] = useState('');
  const { submit, pending } = useSubmitGuard();
  const accept = useMutation(trpc.complaints.accept.mutationOptions());
  const refresh = useRefresh(complaint.orderId, acting);
  const { errors, showError, showProblems, clear } = useFormProblems(['amount']);
  const amount = parseVnd(text);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (amount === null) {
      showProblems([clientProblem('money.not_whole', ['amount'])]);
      return;
    }
    void submit(async () => {
      clear();
      try {
        await accept.mutateAsync({ orderId: complaint.orderId, ...acting, amount });
        await refresh();
        onDone();
      } catch (error) {
        showError(error);
      }
    });
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit} aria-label={t('sellerComplaints.refund')}>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <TextField
        label={t('sellerComplaints.amount')}
        name="amount"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        hint={t('sellerComplaints.amountHint', {
          max: format.money(complaint.refundLimit),
          what: t(
            complaint.kind === 'wrong_product'
              ? 'sellerComplaints.limit.all'
              : 'sellerComplaints.limit.goods',
          ),
        })}
        error={errors.fields.amount}
      />
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {amount !== null && amount > 0
          ? t('sellerComplaints.refundSend', { amount: format.money(amount) })
          : t('sellerComplaints.refund')}
      </SubmitButton>
    </form>
  );
}

/** Decline, saying why: the buyer reads the reason. */
function DeclineForm({
  complaint,
  acting,
  onDone,
}: {
  complaint: ComplaintView;
  acting: { householdId?: string };
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const { t } = useLocale();
  const [reason, setReason] = useState('');
  const { submit, pending } = useSubmitGuard();
  const decline = useMutation(trpc.complaints.decline.mutationOptions());
  const refresh = useRefresh(complaint.orderId, acting);
  const { errors, showError, clear } = useFormProblems(['reason']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      try {
        await decline.mutateAsync({ orderId: complaint.orderId, ...acting, reason });
        await refresh();
        onDone();
      } catch (error) {
        showError(error);
      }
    });
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit} aria-label={t('sellerComplaints.decline')}>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <TextField
        label={t('sellerComplaints.reason')}
        name="reason"
        autoComplete="off"
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errors.fields.reason}
      />
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t('sellerComplaints.declineSend')}
      </SubmitButton>
    </form>
  );
}

/** A refund owed: the VietQR code to the buyer's account (or the cash to hand back), then "paid". */
function PayRefund({ complaint, acting }: { complaint: ComplaintView; acting: { householdId?: string } }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const transfer = complaint.refundMethod === 'bank_transfer';
  const qr = useQuery({
    ...trpc.complaints.refundQr.queryOptions({ orderId: complaint.orderId, ...acting }),
    enabled: transfer,
  });
  const paid = useMutation(trpc.complaints.markRefundPaid.mutationOptions());
  const refresh = useRefresh(complaint.orderId, acting);
  const { submit, pending } = useSubmitGuard();
  const [error, setError] = useState<string | null>(null);
  const amount = format.money(complaint.refundAmount ?? 0);

  function markPaid() {
    void submit(async () => {
      setError(null);
      try {
        await paid.mutateAsync({ orderId: complaint.orderId, ...acting });
        await refresh();
      } catch (caught) {
        setError(errorMessage(caught, locale));
      }
    });
  }

  return (
    <section className="seller-refund" aria-labelledby="refund-title">
      <h4 id="refund-title">
        {transfer ? t('sellerComplaints.payTitle') : t('sellerComplaints.cashTitle', { amount })}
      </h4>
      {transfer && qr.data ? (
        <>
          <VietQrCode
            className="seller-refund__qr"
            payload={qr.data.payload}
            label={t('sellerComplaints.qrAlt', { amount })}
          />
          <p className="seller-refund__to">
            {t('sellerComplaints.payTo', {
              amount,
              bank: qr.data.bankName,
              account: qr.data.accountNumber,
              holder: qr.data.holderName,
              purpose: qr.data.purpose,
            })}
          </p>
          <p className="ns-muted">{t('sellerComplaints.payHint')}</p>
        </>
      ) : null}
      {qr.isError ? <Notice tone="error">{errorMessage(qr.error, locale)}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button
        type="button"
        className="ns-button ns-button--primary"
        disabled={pending}
        aria-busy={pending}
        onClick={markPaid}
      >
        {transfer ? t('sellerComplaints.paidTransfer') : t('sellerComplaints.paidCash')}
      </button>
    </section>
  );
}

/**
 * The complaint of an order, on its page for the household or its helper: what the buyer reported (photos, note),
 * accept with a refund or decline, then the refund to pay. Loaded lazily, only for delivered orders.
 */
export default function OrderComplaint({
  orderId,
  householdId,
}: {
  orderId: string;
  householdId?: string | undefined;
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const acting = householdId === undefined ? {} : { householdId };
  const state = useQuery(trpc.complaints.ofOrder.queryOptions({ orderId, ...acting }));
  const [step, setStep] = useState<'none' | 'accept' | 'decline'>('none');
  const complaint = state.data?.complaint;
  if (!complaint) return null;
  const amount = format.money(complaint.refundAmount ?? 0);
  return (
    <section className="seller-complaint" aria-labelledby="complaint-title" data-complaint={complaint.status}>
      <h3 id="complaint-title">{t('sellerComplaints.title')}</h3>
      <p>
        <span className="ns-badge">{t(`sellerComplaints.kind.${complaint.kind}`)}</span>{' '}
        <span className="ns-muted">
          {t('sellerComplaints.filed', { time: format.instant(complaint.filedAt, locale) })}
        </span>
      </p>
      {complaint.note ? <p className="seller-complaint__note">{complaint.note}</p> : null}
      {complaint.photos.length > 0 ? (
        <ul className="seller-complaint__photos">
          {complaint.photos.map((key, index) => (
            <li key={key}>
              <a href={`/photos/${key}`} target="_blank" rel="noreferrer">
                <img
                  src={`/photos/${key}`}
                  alt={t('sellerComplaints.photo', { n: index + 1 })}
                  loading="lazy"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {complaint.escalatedAt && (complaint.status === 'open' || complaint.status === 'refund_due') ? (
        <Notice tone="error">{t('sellerComplaints.escalatedNote')}</Notice>
      ) : complaint.status === 'open' ? (
        <p className="ns-muted">
          {t('sellerComplaints.due', { time: format.instant(complaint.escalationDue, locale) })}
        </p>
      ) : null}
      {complaint.actions.includes('accept') ? (
        step === 'none' ? (
          <div className="seller-complaint__buttons">
            <button type="button" className="ns-button ns-button--primary" onClick={() => setStep('accept')}>
              {t('sellerComplaints.refund')}
            </button>
            <button type="button" className="ns-button" onClick={() => setStep('decline')}>
              {t('sellerComplaints.decline')}
            </button>
          </div>
        ) : (
          <>
            {step === 'accept' ? (
              <AcceptForm complaint={complaint} acting={acting} onDone={() => setStep('none')} />
            ) : (
              <DeclineForm complaint={complaint} acting={acting} onDone={() => setStep('none')} />
            )}
            <button type="button" className="ns-button" onClick={() => setStep('none')}>
              {t('sellerComplaints.back')}
            </button>
          </>
        )
      ) : null}
      {complaint.actions.includes('mark_refund_paid') ? (
        <PayRefund complaint={complaint} acting={acting} />
      ) : null}
      {complaint.status === 'refunded' && complaint.refundPaidAt ? (
        <Notice tone="info">
          {t('sellerComplaints.refundedAt', {
            amount,
            time: format.instant(complaint.refundPaidAt, locale),
          })}
        </Notice>
      ) : null}
      {complaint.status === 'declined' && complaint.answer ? (
        <p className="ns-muted">{t('sellerComplaints.declinedWith', { reason: complaint.answer })}</p>
      ) : null}
    </section>
  );
}
