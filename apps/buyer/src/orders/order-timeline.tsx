import type { PaymentMethod } from '@nongsan/domain';
import { format, type UiStringKey, useLocale } from '@nongsan/ui';
import { Fragment } from 'react';
import type { OrderEventView, OrderView } from './order-types.ts';

type Step = 'placed' | 'confirmed' | 'handed_over' | 'delivered';
const STEPS: readonly Step[] = ['placed', 'confirmed', 'handed_over', 'delivered'];

/** When the order reached a step, from its history (delivered also covers "completed" on delivery). */
function reachedAt(events: readonly OrderEventView[], step: Step): string | null {
  const event = events.find((e) =>
    step === 'delivered'
      ? e.kind === 'delivered'
      : e.kind === step || (step === 'placed' && e.to === 'placed'),
  );
  return event?.at ?? null;
}

/** What a weighing changed: the line, its packed and its ordered weight. */
function WeighedLine({ order, event }: { order: OrderView; event: OrderEventView }) {
  const { t, locale } = useLocale();
  const line = order.lines[Number(event.details.lineIndex)];
  if (!line) return null;
  return (
    <span className="ns-muted">
      {t('buyer.timeline.weighedLine', {
        title: line.title,
        packed: format.quantity(Number(event.details.toQuantity), line.unit, locale),
        ordered: format.quantity(line.quantity, line.unit, locale),
      })}
    </span>
  );
}

/**
 * Where an order is on its way: placed, confirmed, handed to the post (with its tracking code), delivered; each
 * reached step with its time in Vietnam, the next ones greyed. A cancelled or failed order ends with that step.
 */
export function OrderTimeline({ order, events }: { order: OrderView; events: readonly OrderEventView[] }) {
  const { t, locale } = useLocale();
  const closed = order.status === 'cancelled' || order.status === 'delivery_failed';
  const closedAt = closed ? (events.find((e) => e.to === order.status)?.at ?? order.updatedAt) : null;
  const steps = STEPS.map((step) => ({ step, at: reachedAt(events, step) })).filter(
    // A closed order shows what it reached, then how it ended; an open one shows the whole way.
    ({ at }) => !closed || at !== null,
  );
  // Weighing and a change of payment happen before the hand-over: shown after the last of placed / confirmed.
  const anchor: Step = steps.some(({ step, at }) => step === 'confirmed' && at) ? 'confirmed' : 'placed';
  const happenings = events
    .filter((e) => e.kind === 'weight_adjusted' || e.kind === 'payment_method_changed')
    .map((event) => (
      <li key={`${event.kind}-${event.at}`} className="buyer-timeline__event">
        <span className="buyer-timeline__dot" aria-hidden="true" />
        <span className="buyer-timeline__text">
          <span>
            {event.kind === 'weight_adjusted'
              ? t('buyer.timeline.weighed')
              : t('buyer.timeline.paymentChanged', {
                  method: t(`buyer.payment.${String(event.details.toMethod) as PaymentMethod}`),
                })}
          </span>
          {event.kind === 'weight_adjusted' ? <WeighedLine order={order} event={event} /> : null}
          <time dateTime={event.at}>{format.instant(event.at, locale)}</time>
        </span>
      </li>
    ));
  return (
    <ol className="buyer-timeline" aria-label={t('buyer.timeline.label')}>
      {steps.map(({ step, at }) => (
        <Fragment key={step}>
          <li className={at ? 'buyer-timeline__done' : 'buyer-timeline__todo'}>
            <span className="buyer-timeline__dot" aria-hidden="true" />
            <span className="buyer-timeline__text">
              <span>{t(`buyer.timeline.${step}` as UiStringKey)}</span>
              {step === 'handed_over' && order.trackingCode ? (
                <span className="ns-muted">{t('buyer.timeline.tracking', { code: order.trackingCode })}</span>
              ) : null}
              {at ? <time dateTime={at}>{format.instant(at, locale)}</time> : null}
            </span>
          </li>
          {step === anchor ? happenings : null}
        </Fragment>
      ))}
      {closed && closedAt ? (
        <li className="buyer-timeline__closed">
          <span className="buyer-timeline__dot" aria-hidden="true" />
          <span className="buyer-timeline__text">
            <span>{t(`buyer.timeline.${order.status as 'cancelled' | 'delivery_failed'}`)}</span>
            {order.closeReason ? <span className="ns-muted">{order.closeReason}</span> : null}
            <time dateTime={closedAt}>{format.instant(closedAt, locale)}</time>
          </span>
        </li>
      ) : null}
    </ol>
  );
}
