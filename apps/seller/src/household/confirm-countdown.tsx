import { useLocale, useServerNow } from '@nongsan/ui';

/** "5 giờ 12 phút" left until `deadline`, or null when it has passed. */
export function timeLeft(deadline: string, now: number, locale: 'vi' | 'en'): string | null {
  const ms = Date.parse(deadline) - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return locale === 'vi' ? `${hours} giờ ${rest} phút` : `${hours} h ${rest} min`;
}

/**
 * The time left to confirm a new order before the system cancels it, counted from the server's time (a phone
 * with a wrong clock still shows the right time left), ticking every half minute.
 */
export function ConfirmCountdown({ confirmBy }: { confirmBy: string }) {
  const { t, locale } = useLocale();
  const now = useServerNow();
  const left = timeLeft(confirmBy, now, locale);
  return (
    <p className="ns-countdown" data-countdown>
      <span aria-hidden="true">⏰ </span>
      {left === null ? t('seller.orders.overdue') : t('seller.orders.confirmWithin', { time: left })}
    </p>
  );
}
