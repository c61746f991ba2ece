import { format, useLocale, useServerNow } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../trpc.ts';
import { timeLeft } from './confirm-countdown.tsx';
import { homeWaiting } from './home-waiting.ts';
import type { InboxOrder } from './household-types.ts';

/**
 * What waits for the household, on its home screen, each a link to where it is done: orders to confirm (how many,
 * their value, the time left on the first), orders to hand over, listings out of season or out of stock (named).
 * "Nothing waiting" when all is done.
 */
export function HomeWaitingList({ orders }: { orders: readonly InboxOrder[] | undefined }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const now = useServerNow();
  const listings = useQuery(trpc.listings.mine.queryOptions({}));
  if (!orders || !listings.data) return null;
  const waiting = homeWaiting(orders, listings.data.items);
  const first = waiting.toConfirm.firstDeadline;
  const left = first ? timeLeft(first, now, locale) : null;
  const items = [
    waiting.toConfirm.count > 0 ? (
      <li key="confirm" data-waiting="confirm">
        <Link href="/orders">
          {t('seller.home.waiting', { count: waiting.toConfirm.count })} ·{' '}
          {format.money(waiting.toConfirm.value)}
          {' · '}
          {left === null ? t('seller.orders.overdue') : t('seller.orders.confirmWithin', { time: left })}
        </Link>
      </li>
    ) : null,
    waiting.toHandOver > 0 ? (
      <li key="hand-over" data-waiting="hand-over">
        <Link href="/orders">{t('seller.home.toHandOver', { count: waiting.toHandOver })}</Link>
      </li>
    ) : null,
    ...waiting.outOfSeason.map((listing) => (
      <li key={`season-${listing.id}`} data-waiting="out-of-season">
        <Link href={`/listings/${listing.id}`}>
          {t(listing.phase === 'over' ? 'seller.home.outOfSeason' : 'seller.home.tooEarly', {
            title: listing.title,
          })}
        </Link>
      </li>
    )),
    ...waiting.outOfStock.map((listing) => (
      <li key={`stock-${listing.id}`} data-waiting="out-of-stock">
        <Link href={`/listings/${listing.id}`}>{t('seller.home.outOfStock', { title: listing.title })}</Link>
      </li>
    )),
  ].filter((item) => item !== null);
  return (
    <section aria-labelledby="home-waiting-heading" className="ns-homewaiting">
      <h3 id="home-waiting-heading">{t('seller.home.waitingTitle')}</h3>
      {items.length === 0 ? (
        <p className="ns-muted">{t('seller.home.nothingWaiting')}</p>
      ) : (
        <ul className="ns-homewaiting__list">{items}</ul>
      )}
    </section>
  );
}
