import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JULY, listing, SHOP_A, SHOP_B } from '../test/fixtures.ts';
import type { Actor } from './actors.ts';
import { DomainError } from './errors.ts';
import type { Listing } from './listings.ts';
import { FINAL_ORDER_STATUSES, type Order, type OrderEvent, reservedQuantity } from './order.ts';
import { placeOrders } from './order-placement.ts';
import { applyOrderAction, ORDER_TRANSITIONS, type OrderActionType, SYSTEM_ACTOR } from './order-state.ts';
import { lineTotal } from './order-totals.ts';
import type { PaymentMethod } from './payments.ts';
import { applyStockChanges, type StockChange } from './stock.ts';
import { adjustLineWeight } from './weight-adjustment.ts';

/**
 * Whatever a crowd of buyers, sellers, helpers and the system do, in any order: stock never goes below zero, what is
 * left plus what open and delivered orders hold is always what the sellers put in, totals are the sum of their lines
 * plus the fee, and every step an order takes is one of the transition table.
 */

const LISTINGS: readonly Listing[] = [
  listing({ id: 'dragon', shopId: SHOP_A, stock: 20_000, minOrder: 500, perBuyerCap: 8_000 }),
  listing({
    id: 'grape',
    shopId: SHOP_A,
    productId: 'grape',
    unitPrice: 70_000,
    stock: 6_000,
    minOrder: 500,
  }),
  listing({
    id: 'peanut',
    shopId: SHOP_B,
    productId: 'red-peanut',
    unitPrice: 50_000,
    stock: 9_000,
    minOrder: 1_000,
  }),
];
const BUYERS = ['buyer-1', 'buyer-2', 'buyer-3'];
const ACTIONS: readonly OrderActionType[] = [
  'confirm',
  'hand_over',
  'deliver',
  'fail_delivery',
  'cancel',
  'expire',
  'record_payment',
];

/** Mostly the actor the step is meant for, sometimes someone with no say in it. */
const properActor = (order: Order, action: OrderActionType): Actor => {
  if (action === 'cancel') return { kind: 'buyer', userId: order.buyerId };
  if (action === 'expire' || action === 'deliver' || action === 'fail_delivery') return SYSTEM_ACTOR;
  return { kind: 'helper', userId: 'helper', householdIds: [order.shopId] };
};
const actorArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(properActor) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<(order: Order) => Actor>(
      () => ({ kind: 'buyer', userId: 'buyer-1' }),
      (o) => ({ kind: 'seller', userId: 'seller', householdId: o.shopId }),
      () => ({ kind: 'seller', userId: 'seller-a', householdId: SHOP_A }),
      () => ({ kind: 'helper', userId: 'helper-b', householdIds: [SHOP_B] }),
      () => SYSTEM_ACTOR,
    ),
  },
);

const placeArb = fc.record({
  op: fc.constant('place' as const),
  buyer: fc.nat(BUYERS.length - 1),
  method: fc.constantFrom<PaymentMethod>('cash_on_delivery', 'bank_transfer', 'e_wallet'),
  lines: fc.uniqueArray(
    fc.record({ listing: fc.nat(LISTINGS.length - 1), quantity: fc.integer({ min: 300, max: 4_000 }) }),
    { minLength: 1, maxLength: 2, selector: (l) => l.listing },
  ),
});
const actArb = fc.record({
  op: fc.constant('act' as const),
  // Counted from the newest order back, so steps mostly follow the orders under way.
  order: fc.nat(4),
  // Mostly one of the steps the table offers from the order's status; sometimes any step at all.
  action: fc.oneof(
    // The table lists each status's way forward first: favour it, so orders travel all the way.
    { weight: 3, arbitrary: fc.record({ next: fc.oneof(fc.constant(0), fc.nat(5)) }) },
    { weight: 1, arbitrary: fc.record({ any: fc.constantFrom(...ACTIONS) }) },
  ),
  actor: actorArb,
  reason: fc.option(fc.constant('Hết hàng rồi ạ'), { nil: undefined }),
});
const adjustArb = fc.record({
  op: fc.constant('adjust' as const),
  order: fc.nat(4),
  percent: fc.integer({ min: -30, max: 30 }),
  actor: actorArb,
});
const restockArb = fc.record({
  op: fc.constant('restock' as const),
  listing: fc.nat(LISTINGS.length - 1),
  amount: fc.integer({ min: 1, max: 5_000 }),
});
const opArb = fc.oneof(
  { weight: 2, arbitrary: placeArb },
  { weight: 6, arbitrary: actArb },
  { weight: 2, arbitrary: adjustArb },
  { weight: 1, arbitrary: restockArb },
);

const stepArb = fc.record({
  op: opArb,
  // Mostly a few hours between steps; now and then a day, so unconfirmed orders expire.
  hours: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 20, max: 30 }) },
  ),
});

const LEGAL = new Set(ORDER_TRANSITIONS.map((t) => `${t.from} ${t.action} ${t.to}`));
const EVENT_ACTION: Partial<Record<OrderEvent['kind'], OrderActionType>> = {
  confirmed: 'confirm',
  handed_over: 'hand_over',
  delivered: 'deliver',
  delivery_failed: 'fail_delivery',
  cancelled: 'cancel',
  expired: 'expire',
  payment_recorded: 'record_payment',
};

describe('order invariants under random sequences', () => {
  it('keeps stock, totals and statuses consistent', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 5, maxLength: 50, size: 'max' }), (steps) => {
        let listings = new Map(LISTINGS.map((l) => [l.id, l]));
        const supplied = new Map(LISTINGS.map((l) => [l.id, l.stock]));
        let orders: Order[] = [];
        let now = JULY;
        let ids = 0;
        const apply = (changes: readonly StockChange[]) => {
          listings = applyStockChanges(listings, changes, now);
        };
        const replace = (next: Order) => {
          orders = orders.map((o) => (o.id === next.id ? next : o));
        };
        const checkEvent = (event: OrderEvent) => {
          if (event.kind === 'weight_adjusted') {
            expect(event.from).toBe(event.to);
            expect(['placed', 'confirmed']).toContain(event.to);
          } else if (event.kind !== 'placed') {
            expect(LEGAL.has(`${event.from} ${EVENT_ACTION[event.kind]} ${event.to}`)).toBe(true);
          }
        };

        for (const { op, hours } of steps) {
          now = new Date(now.getTime() + hours * 3_600_000);
          const before = new Map(orders.map((o) => [o.id, o.status]));
          try {
            if (op.op === 'place') {
              const buyerId = BUYERS[op.buyer] ?? 'buyer-1';
              const alreadyOrdered = new Map<string, number>();
              for (const o of orders)
                if (
                  o.buyerId === buyerId &&
                  !FINAL_ORDER_STATUSES.includes(o.status) &&
                  o.status !== 'delivered'
                )
                  for (const l of o.lines)
                    alreadyOrdered.set(
                      l.listingId,
                      (alreadyOrdered.get(l.listingId) ?? 0) + reservedQuantity(l),
                    );
              const placement = placeOrders(
                {
                  lines: op.lines.map((l) => ({
                    listingId: LISTINGS[l.listing]?.id ?? '',
                    quantity: l.quantity,
                  })),
                  paymentMethod: op.method,
                  deliveryPhone: '0912345678',
                },
                {
                  buyerId,
                  listings,
                  alreadyOrdered,
                  zoneOf: (shop) => (shop === SHOP_A ? 'local' : 'province'),
                  newId: () => `id-${++ids}`,
                  now,
                },
              );
              apply(placement.stockChanges);
              orders = [...orders, ...placement.orders];
            } else if (op.op === 'restock') {
              const id = LISTINGS[op.listing]?.id ?? '';
              apply([{ listingId: id, delta: op.amount }]);
              supplied.set(id, (supplied.get(id) ?? 0) + op.amount);
            } else {
              const order = orders[orders.length - 1 - op.order];
              if (!order) continue;
              if (op.op === 'act') {
                const offered = [
                  ...new Set(ORDER_TRANSITIONS.filter((t) => t.from === order.status).map((t) => t.action)),
                ];
                const type =
                  'any' in op.action ? op.action.any : offered[op.action.next % Math.max(1, offered.length)];
                if (!type) continue;
                const step = applyOrderAction(
                  order,
                  { type, reason: op.reason, trackingCode: 'VTP123456789' } as never,
                  op.actor(order, type),
                  now,
                );
                checkEvent(step.event);
                apply(step.stockChanges);
                replace(step.order);
              } else {
                const line = order.lines[0];
                if (!line) continue;
                const packed = Math.max(1, Math.round((line.quantity * (100 + op.percent)) / 100));
                const stockLeft = listings.get(line.listingId)?.stock ?? 0;
                const step = adjustLineWeight(
                  order,
                  { lineIndex: 0, packedQuantity: packed },
                  op.actor(order, 'confirm'),
                  now,
                  stockLeft,
                );
                checkEvent(step.event);
                apply(step.stockChanges);
                replace(step.order);
              }
            }
          } catch (error) {
            // Refusals are part of the game; anything else is a bug.
            if (!(error instanceof DomainError)) throw error;
          }

          for (const o of orders) {
            const was = before.get(o.id);
            if (was !== undefined && FINAL_ORDER_STATUSES.includes(was)) expect(o.status).toBe(was);
            expect(o.totals.subtotal).toBe(o.lines.reduce((sum, l) => sum + lineTotal(l), 0));
            expect(o.totals.total).toBe(o.totals.subtotal + o.totals.deliveryFee);
            expect(o.totals.total).toBeGreaterThanOrEqual(0);
          }
          for (const [id, l] of listings) {
            expect(l.stock).toBeGreaterThanOrEqual(0);
            const held = orders
              .filter((o) => o.status !== 'cancelled' && o.status !== 'delivery_failed')
              .flatMap((o) => o.lines)
              .filter((line) => line.listingId === id)
              .reduce((sum, line) => sum + reservedQuantity(line), 0);
            expect(l.stock + held).toBe(supplied.get(id));
            if (l.status === 'active') expect(l.stock).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
