import { type Actor, actsForShop } from './actors.ts';
import type { Order } from './order.ts';

/**
 * Whether the actor is involved in the order at all, hence may see it: its buyer, someone acting for its shop (the
 * seller, or a helper of the household), or the system.
 */
export function mayViewOrder(order: Pick<Order, 'buyerId' | 'shopId'>, actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'buyer') return actor.userId === order.buyerId;
  return actsForShop(actor, order.shopId);
}
