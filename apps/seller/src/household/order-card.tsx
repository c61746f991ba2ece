import {
  formatAddress,
  formatPhone,
  type OrderActionType,
  orderActionsForRole,
  statusAfterWaiting,
} from '@nongsan/domain';
import { format, Notice, TextField, useFormProblems, useLocale, useSubmitGuard } from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { ComplaintStatusText, type ListedComplaint } from '../complaints/complaint-list.tsx';
import { sendNowOrWait } from '../offline/send-step.ts';
import { forgetStep, useWaitingSteps, type WaitingOrderStep } from '../offline/step-queue.ts';
import { DeliveredStep } from '../orders/delivered-step.tsx';
import { FAILED_DELIVERY_REASONS, REJECT_REASONS, ReasonStep } from '../orders/reason-step.tsx';
import { WeighStep } from '../orders/weigh-step.tsx';
import { useTRPC, useTRPCClient } from '../trpc.ts';
import { BuyerNote } from './buyer-note.tsx';
import { ConfirmCountdown } from './confirm-countdown.tsx';
import type { InboxOrder } from './household-types.ts';

/** One small form of an order step: its field (if any), its button, its error under the field, no double send. */
function StepForm({
  label,
  field,
  fieldLabel,
  initial = '',
  inputMode,
  run,
}: {
  label: string;
  field?: string;
  fieldLabel?: string;
  initial?: string;
  inputMode?: 'decimal' | 'text';
  run: (value: string) => Promise<unknown>;
}) {
  const [value, setValue] = useState(initial);
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(field ? [field] : []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      try {
        await run(value);
      } catch (error) {
        showError(error);
      }
    });
  }
  return (
    <form className="ns-step" noValidate onSubmit={onSubmit} aria-label={label}>
      {field && fieldLabel ? (
        <TextField
          label={fieldLabel}
          name={field}
          autoComplete="off"
          inputMode={inputMode}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={errors.fields[field] ?? errors.form}
        />
      ) : errors.form ? (
        <Notice tone="error">{errors.form}</Notice>
      ) : null}
      <button type="submit" className="ns-button" disabled={pending} aria-busy={pending}>
        {label}
      </button>
    </form>
  );
}

const STEP_WORDS = {
  confirm: 'seller.orders.confirm',
  cancel: 'seller.orders.reject',
  adjust_weight: 'seller.orders.adjust',
  hand_over: 'seller.orders.handOver',
  deliver: 'seller.orders.delivered',
  fail_delivery: 'seller.orders.failed',
} as const;

/** The steps of this order made without a signal: waiting to be sent, or refused by the server with why. */
function WaitingStepsNotice({ steps }: { steps: readonly WaitingOrderStep[] }) {
  const { t, locale } = useLocale();
  if (steps.length === 0) return null;
  return (
    <div className="ns-order__waiting">
      {steps.map((step) =>
        step.refused ? (
          <div key={step.key} className="ns-notice ns-notice--error" role="alert" data-refused>
            <p>
              <strong>
                {t('seller.waiting.refused', { step: t(STEP_WORDS[step.action as keyof typeof STEP_WORDS]) })}
              </strong>
            </p>
            <p>{step.refused[locale]}</p>
            <button type="button" className="ns-button" onClick={() => void forgetStep(step.key)}>
              {t('seller.waiting.understood')}
            </button>
          </div>
        ) : (
          <p key={step.key} className="ns-badge ns-badge--muted" role="status" data-waiting>
            {t('seller.waiting.step', { step: t(STEP_WORDS[step.action as keyof typeof STEP_WORDS]) })}
          </p>
        ),
      )}
    </div>
  );
}

/**
 * An order in the seller's inbox: what, for whom, where, and the next steps its status allows (confirm or reject,
 * weigh, hand over with the tracking code, delivered or not, transfer received), each checked by the server.
 */
export function OrderCard({
  order,
  householdId,
  fresh,
  onSlip,
  complaint,
}: {
  order: InboxOrder;
  householdId?: string | undefined;
  fresh: boolean;
  onSlip: (order: InboxOrder) => void;
  /** The order's complaint, if the buyer filed one: its state shows beside the order's. */
  complaint?: Pick<ListedComplaint, 'status' | 'refundAmount'> | undefined;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const acting = { orderId: order.id, ...(householdId === undefined ? {} : { householdId }) };
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.orders.inbox.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.orders.inboxVersion.queryKey() }),
      // Weights and statuses change what was sold and what stock is left.
      queryClient.invalidateQueries({ queryKey: trpc.stats.sales.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.listings.mine.pathKey() }),
    ]);
  const paid = useMutation(trpc.orders.markPaid.mutationOptions({ onSuccess: refresh }));
  const steps = useWaitingSteps(order.id);
  const waiting = steps.filter((step) => !step.refused);
  // Steps made without a signal show as done-but-waiting: the status they lead to, and the next step after them.
  const s = statusAfterWaiting(
    order,
    waiting.flatMap((step) => (step.action === 'adjust_weight' ? [] : [step.action])),
  );
  // Which steps to offer is the domain's (ORDER_TRANSITIONS for the role, the payment): the card only draws them.
  const actions = orderActionsForRole(
    { ...order, status: s },
    householdId === undefined ? 'seller' : 'helper',
  );
  /**
   * Sends a step with its key and the version it was made against; without a signal, behind steps still waiting,
   * or when its request gets no answer, it waits on the phone (the same key: it is never applied twice).
   */
  const step = async (action: WaitingOrderStep['action'], input: WaitingOrderStep['input'] = {}) => {
    const sent = await sendNowOrWait(client, {
      key: crypto.randomUUID(),
      orderId: order.id,
      reference: order.reference,
      householdId,
      action,
      input,
      expectedVersion: order.version + waiting.length,
      madeAt: new Date().toISOString(),
    });
    if (sent === 'sent') await refresh();
  };
  const can = (action: OrderActionType) => actions.includes(action);

  return (
    <li className={`ns-card ns-order${fresh ? ' ns-order--fresh' : ''}`} data-order={order.reference}>
      <div className="ns-card__body">
        <h2 className="ns-card__title">
          <Link
            href={`/orders/${order.id}`}
            aria-label={t('sellerOrders.details', { reference: order.reference })}
          >
            {order.reference}
          </Link>{' '}
          · <span data-status>{t(`seller.orders.status.${s}`)}</span>
          {complaint ? ' ' : null}
          {complaint ? (
            <span className="ns-badge ns-order__complaint" data-complaint-status={complaint.status}>
              {t('sellerComplaints.badge')}: <ComplaintStatusText complaint={complaint} />
            </span>
          ) : null}
        </h2>
        <WaitingStepsNotice steps={steps} />
        {s === 'placed' ? <ConfirmCountdown confirmBy={order.confirmBy} /> : null}
        <ul className="ns-order__lines">
          {order.lines.map((line) => (
            <li key={line.listingId}>
              {line.title}: {format.quantity(line.quantity, line.unit, locale)} ×{' '}
              {format.unitPrice(line.unitPrice, line.unit, locale)}
              {line.packedQuantity !== null ? (
                <span data-packed>
                  {' '}
                  (
                  {t('seller.orders.packed.value', {
                    quantity: format.quantity(line.packedQuantity, line.unit, locale),
                  })}
                  )
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <BuyerNote note={order.note} />
        <p>
          {t('seller.orders.total')}: <strong data-total>{format.money(order.totals.total)}</strong> ·{' '}
          {t(`seller.orders.payment.${order.payment.method}`)}
          {order.payment.status === 'paid' ? ` · ${t('seller.orders.paid')}` : ''}
        </p>
        <p>
          {t('seller.orders.buyer')}: {order.buyer.name}
          {order.buyer.phone !== order.deliveryPhone ? (
            <>
              {' '}
              · {t('seller.orders.buyerPhone')}:{' '}
              <a href={`tel:${order.buyer.phone}`} data-buyer-phone>
                {formatPhone(order.buyer.phone)}
              </a>
            </>
          ) : null}
        </p>
        <p className="ns-muted">
          {t('seller.orders.address')}: {formatAddress(order.deliveryAddress, locale)}
        </p>
        <p>
          {t('seller.orders.callOnDelivery')}:{' '}
          <a href={`tel:${order.deliveryPhone}`} data-delivery-phone>
            📞 {formatPhone(order.deliveryPhone)}
          </a>
        </p>
        {order.trackingCode ? (
          <p>
            {t('seller.orders.tracking')}: <strong data-tracking>{order.trackingCode}</strong>
          </p>
        ) : null}
        {order.closeReason ? <p className="ns-muted">{order.closeReason}</p> : null}

        <div className="ns-order__actions">
          {can('confirm') ? (
            <StepForm label={t('seller.orders.confirm')} run={() => step('confirm')} />
          ) : null}
          {can('cancel') ? (
            <ReasonStep
              open={t('seller.orders.reject')}
              send={t('seller.orders.rejectSend')}
              question={t('sellerOrders.rejectSure')}
              choices={REJECT_REASONS}
              run={(reason) => step('cancel', { reason })}
            />
          ) : null}
          {/* Weighing is part of packing, the step before the parcel is handed over. */}
          {can('hand_over')
            ? order.lines.map((line, lineIndex) =>
                line.unit === 'kg' ? (
                  <WeighStep
                    key={line.listingId}
                    order={order}
                    line={line}
                    label={t('seller.orders.adjust')}
                    run={(packedQuantity) => step('adjust_weight', { lineIndex, packedQuantity })}
                  />
                ) : null,
              )
            : null}
          {can('hand_over') ? (
            <StepForm
              label={t('seller.orders.handOver')}
              field="trackingCode"
              fieldLabel={t('seller.orders.tracking')}
              run={(trackingCode) => step('hand_over', { trackingCode })}
            />
          ) : null}
          {can('deliver') ? <DeliveredStep order={order} run={() => step('deliver')} /> : null}
          {can('fail_delivery') ? (
            <ReasonStep
              open={t('seller.orders.failed')}
              send={t('sellerOrders.failedSend')}
              question={t('sellerOrders.failedSure')}
              choices={FAILED_DELIVERY_REASONS}
              run={(reason) => step('fail_delivery', { reason })}
            />
          ) : null}
          {/* The card asks for a transfer or wallet payment once the order is confirmed; cash is recorded at the door. */}
          {can('record_payment') && s !== 'placed' && order.payment.method !== 'cash_on_delivery' ? (
            <StepForm label={t('seller.orders.markPaid')} run={() => paid.mutateAsync(acting)} />
          ) : null}
          {s !== 'cancelled' ? (
            <button type="button" className="ns-button" onClick={() => onSlip(order)}>
              {t('seller.orders.slip')}
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
