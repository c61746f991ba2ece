import { format, type UiStringKey, useLocale } from '@nongsan/ui';
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
  return (
    <ol className="buyer-timeline" aria-label={t('buyer.timeline.label')}>
      {steps.map(({ step, at }) => (
        <li key={step} className={at ? 'buyer-timeline__done' : 'buyer-timeline__todo'}>
          <span className="buyer-timeline__dot" aria-hidden="true" />
          <span className="buyer-timeline__text">
            <span>{t(`buyer.timeline.${step}` as UiStringKey)}</span>
            {step === 'handed_over' && order.trackingCode ? (
              <span className="ns-muted">{t('buyer.timeline.tracking', { code: order.trackingCode })}</span>
            ) : null}
            {at ? <time dateTime={at}>{format.instant(at, locale)}</time> : null}
          </span>
        </li>
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
