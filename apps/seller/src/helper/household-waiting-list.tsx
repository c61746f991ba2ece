import { useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useTRPC } from '../trpc.ts';
import type { HelperHousehold } from './helper-types.ts';
import { waitingFor } from './household-waiting.ts';

/**
 * What is waiting for one household: its new orders (when it has a shop, a link to them) and its payment accounts
 * are asked for the household; the calls of all cards on a screen go out in one batched request.
 */
export function HouseholdWaitingList({
  household,
  ordersHref,
}: {
  household: HelperHousehold;
  /** Where the household's orders open: "N new orders to confirm" is a link there. */
  ordersHref: string;
}) {
  const trpc = useTRPC();
  const { t } = useLocale();
  const hasShop = household.shopName !== null;
  const inbox = useQuery({
    ...trpc.orders.inbox.queryOptions({ householdId: household.id }),
    enabled: hasShop,
  });
  const accounts = useQuery(trpc.households.paymentAccounts.queryOptions({ householdId: household.id }));
  const newOrders = hasShop
    ? inbox.data
      ? inbox.data.orders.filter((order) => order.status === 'placed').length
      : null
    : 0;
  const items = waitingFor({
    stage: household.adoptionStage,
    hasShop,
    newOrders,
    paymentAccounts: accounts.data ? accounts.data.length : null,
  });
  const stillLoading = (hasShop && inbox.isPending) || accounts.isPending;
  return (
    <ul className="ns-waiting" aria-label={t('helper.waiting')} aria-busy={stillLoading}>
      {items.length === 0 ? (
        <li className="ns-waiting__item ns-waiting__item--done">
          {stillLoading ? t('state.loading') : t('helper.waiting.none')}
        </li>
      ) : (
        items.map((item) => {
          const words = t(item.key, item.count === undefined ? {} : { count: item.count });
          return (
            <li key={item.key} className="ns-waiting__item">
              {item.key === 'helper.waiting.newOrders' ? (
                <Link href={ordersHref} className="ns-waiting__link" data-waiting-orders>
                  {words}
                </Link>
              ) : (
                words
              )}
            </li>
          );
        })
      )}
    </ul>
  );
}
