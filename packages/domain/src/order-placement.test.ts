import { describe, expect, it } from 'vitest';
import { BUYER, context, JULY, listing, listingsById, SHOP_A, SHOP_B } from '../test/fixtures.ts';
import { DomainError, type Problem } from './errors.ts';
import { formatProblem } from './messages.ts';
import { PlaceOrdersInputSchema, placeOrders, placeParsedOrders } from './order-placement.ts';
import { lineValue } from './quantity.ts';

const dragon = listing();
const grapes = listing({ id: 'listing-grape', productId: 'grape', title: 'Nho hạ đen', unitPrice: 70_000 });
const banhChung = listing({
  id: 'listing-banh-chung',
  shopId: SHOP_B,
  productId: 'black-banh-chung',
  title: 'Bánh chưng đen',
  unitPrice: 65_000,
  stock: 30,
  minOrder: 2,
  createdAt: new Date('2026-10-01T03:00:00Z'),
});
const peanuts = listing({
  id: 'listing-peanut',
  shopId: SHOP_B,
  productId: 'red-peanut',
  title: 'Lạc đỏ',
  unitPrice: 50_000,
});

function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('placeOrders', () => {
  it('splits a cart with two shops into one order per shop, lines snapshotting title, unit and price', () => {
    const placement = placeOrders(
      {
        lines: [
          { listingId: dragon.id, quantity: 3_000 },
          { listingId: peanuts.id, quantity: 2_500 },
          { listingId: grapes.id, quantity: 1_200 },
        ],
        paymentMethod: 'cash_on_delivery',
        deliveryPhone: '091 234 5678',
        note: '  Giao buổi sáng giúp em  ',
      },
      context(listingsById(dragon, grapes, peanuts), {
        zoneOf: (shop) => (shop === SHOP_A ? 'local' : 'province'),
      }),
    );
    expect(placement.checkoutId).toBe('checkout-1');
    const [first, second] = placement.orders;
    expect(placement.orders).toHaveLength(2);
    expect(first).toMatchObject({
      id: 'order-2',
      checkoutId: 'checkout-1',
      shopId: SHOP_A,
      buyerId: BUYER,
      status: 'placed',
      zone: 'local',
      deliveryPhone: '0912345678',
      note: 'Giao buổi sáng giúp em',
      payment: { method: 'cash_on_delivery', status: 'unpaid', paidAmount: null },
      placedAt: JULY,
    });
    expect(first?.lines.map((l) => [l.listingId, l.title, l.unit, l.unitPrice, l.quantity])).toEqual([
      [dragon.id, dragon.title, 'kg', 28_000, 3_000],
      [grapes.id, grapes.title, 'kg', 70_000, 1_200],
    ]);
    expect(second).toMatchObject({ id: 'order-3', shopId: SHOP_B, zone: 'province' });
    expect(placement.events.map((e) => [e.orderId, e.kind, e.from, e.to, e.actor.userId])).toEqual([
      ['order-2', 'placed', null, 'placed', BUYER],
      ['order-3', 'placed', null, 'placed', BUYER],
    ]);
  });

  it('reserves the ordered quantities from stock', () => {
    const placement = placeOrders(
      {
        lines: [
          { listingId: dragon.id, quantity: 3_000 },
          { listingId: peanuts.id, quantity: 2_500 },
        ],
        paymentMethod: 'bank_transfer',
        deliveryPhone: '0912345678',
      },
      context(listingsById(dragon, peanuts)),
    );
    expect(placement.stockChanges).toEqual([
      { listingId: dragon.id, delta: -3_000 },
      { listingId: peanuts.id, delta: -2_500 },
    ]);
  });

  it('totals each order: lines at their unit price, plus its zone’s delivery fee', () => {
    const [order] = placeOrders(
      {
        lines: [{ listingId: dragon.id, quantity: 2_345 }],
        paymentMethod: 'bank_transfer',
        deliveryPhone: '0912345678',
      },
      context(listingsById(dragon), { zoneOf: () => 'elsewhere' }),
    ).orders;
    // 28.000 ₫/kg × 2,345 kg = 65.660 ₫, and 40.000 ₫ to send it across the country.
    expect(order?.totals).toEqual({ subtotal: 65_660, deliveryFee: 40_000, total: 105_660 });
  });

  it('marks lines ordered before the harvest as pre-orders', () => {
    const november = new Date('2026-11-10T03:00:00Z');
    const [order] = placeOrders(
      {
        lines: [{ listingId: banhChung.id, quantity: 4 }],
        paymentMethod: 'e_wallet',
        deliveryPhone: '0912345678',
      },
      context(listingsById(banhChung), { now: november }),
    ).orders;
    expect(order?.lines[0]).toMatchObject({ unit: 'piece', quantity: 4, preOrder: true });
  });

  it('refuses the whole cart when any line fails, naming each line, and places nothing', () => {
    const soldOut = listing({ id: 'listing-sold-out', stock: 0 });
    const problems = problemsOf(() =>
      placeOrders(
        {
          lines: [
            { listingId: dragon.id, quantity: 3_000 },
            { listingId: grapes.id, quantity: 800 },
            { listingId: peanuts.id, quantity: 60_000 },
            { listingId: soldOut.id, quantity: 1_000 },
            { listingId: 'gone', quantity: 1_000 },
          ],
          paymentMethod: 'bank_transfer',
          deliveryPhone: '0912345678',
        },
        context(listingsById(dragon, grapes, peanuts, soldOut)),
      ),
    );
    expect(problems).toEqual([
      {
        code: 'order.below_minimum',
        path: ['lines', 1, 'quantity'],
        params: { title: grapes.title, minimum: 1, unit: 'kg' },
      },
      {
        code: 'order.not_enough_stock',
        path: ['lines', 2, 'quantity'],
        params: { title: peanuts.title, available: 50, unit: 'kg' },
      },
      { code: 'listing.sold_out', path: ['lines', 3, 'listingId'], params: { title: soldOut.title } },
      { code: 'order.listing_not_found', path: ['lines', 4, 'listingId'], params: { listingId: 'gone' } },
    ]);
    const [, stock] = problems;
    if (!stock) throw new Error('expected a stock problem');
    expect(formatProblem(stock, 'vi')).toBe('“Lạc đỏ” chỉ còn 50 kg.');
  });

  it('holds the per-buyer cap against what the buyer already has on open orders', () => {
    const capped = listing({ perBuyerCap: 10_000 });
    const place = (quantity: number, already: number) =>
      placeOrders(
        {
          lines: [{ listingId: capped.id, quantity }],
          paymentMethod: 'bank_transfer',
          deliveryPhone: '0912345678',
        },
        context(listingsById(capped), { alreadyOrdered: new Map([[capped.id, already]]) }),
      );
    expect(place(4_000, 6_000).orders).toHaveLength(1);
    expect(problemsOf(() => place(4_500, 6_000))).toEqual([
      {
        code: 'order.over_buyer_cap',
        path: ['lines', 0, 'quantity'],
        params: { title: capped.title, cap: 10, remaining: 4, unit: 'kg' },
      },
    ]);
  });

  it('refuses lines that are not orderable now: paused, out of season, not yet open for pre-orders', () => {
    const paused = listing({ id: 'paused', status: 'paused' });
    const september = new Date('2026-09-15T03:00:00Z');
    const codes = problemsOf(() =>
      placeOrders(
        {
          lines: [
            { listingId: paused.id, quantity: 2_000 },
            { listingId: banhChung.id, quantity: 2 },
          ],
          paymentMethod: 'bank_transfer',
          deliveryPhone: '0912345678',
        },
        context(listingsById(paused, banhChung), { now: september }),
      ),
    ).map((p) => p.code);
    expect(codes).toEqual(['listing.paused', 'listing.too_early']);
  });

  it('validates the cart itself: whole quantities, no duplicate lines, a known payment method', () => {
    const problems = problemsOf(() =>
      placeOrders(
        {
          lines: [
            { listingId: dragon.id, quantity: 1_500.5 },
            { listingId: dragon.id, quantity: 1_000 },
          ],
          paymentMethod: 'cheque' as never,
          deliveryPhone: '0912345678',
        },
        context(listingsById(dragon)),
      ),
    );
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['lines.0.quantity', 'quantity.not_whole'],
      ['lines.1.listingId', 'cart.duplicate_line'],
      ['paymentMethod', 'validation.not_allowed'],
    ]);
  });

  it('gives every order of the checkout the phone to call on delivery, written as the buyer typed it', () => {
    const placement = placeOrders(
      {
        lines: [
          { listingId: dragon.id, quantity: 3_000 },
          { listingId: peanuts.id, quantity: 2_500 },
        ],
        paymentMethod: 'cash_on_delivery',
        deliveryPhone: '+84 98 765 4321',
      },
      context(listingsById(dragon, peanuts)),
    );
    expect(placement.orders.map((o) => o.deliveryPhone)).toEqual(['0987654321', '0987654321']);
  });

  it('refuses a checkout without a mobile number to call, or with one no carrier holds, at deliveryPhone', () => {
    const cart = {
      lines: [{ listingId: dragon.id, quantity: 3_000 }],
      paymentMethod: 'cash_on_delivery' as const,
    };
    const missing = problemsOf(() => placeOrders({ ...cart } as never, context(listingsById(dragon))));
    expect(missing.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['deliveryPhone', 'validation.required'],
    ]);
    const landline = problemsOf(() =>
      placeOrders({ ...cart, deliveryPhone: '0205 3837 123' }, context(listingsById(dragon))),
    );
    expect(landline.map((p) => [p.path.join('.'), p.code])).toEqual([['deliveryPhone', 'phone.invalid']]);
    const unknownPrefix = problemsOf(() =>
      placeOrders({ ...cart, deliveryPhone: '0123456789' }, context(listingsById(dragon))),
    );
    expect(unknownPrefix.map((p) => [p.path.join('.'), p.code, p.params])).toEqual([
      ['deliveryPhone', 'phone.unknown_prefix', { prefix: '012' }],
    ]);
  });

  it('sells counted goods by whole pieces at the piece price', () => {
    const december = new Date('2026-12-20T03:00:00Z');
    const [order] = placeOrders(
      {
        lines: [{ listingId: banhChung.id, quantity: 6 }],
        paymentMethod: 'cash_on_delivery',
        deliveryPhone: '0912345678',
      },
      context(listingsById(banhChung), { now: december }),
    ).orders;
    expect(order?.totals.subtotal).toBe(lineValue(65_000, 6, 'piece'));
    expect(order?.totals.subtotal).toBe(390_000);
    // Inside the district, from 300.000 ₫ of goods, delivery is free.
    expect(order?.totals.deliveryFee).toBe(0);
  });

  it('decides the same from a checkout parsed once at the door (placeParsedOrders) as from the raw one', () => {
    const raw = {
      lines: [
        { listingId: dragon.id, quantity: 3_000 },
        { listingId: peanuts.id, quantity: 2_500 },
      ],
      paymentMethod: 'cash_on_delivery' as const,
      deliveryPhone: '091 234 5678',
      note: '  Giao buổi sáng  ',
    };
    const parsed = PlaceOrdersInputSchema.parse(raw);
    expect(placeParsedOrders(parsed, context(listingsById(dragon, peanuts)))).toEqual(
      placeOrders(raw, context(listingsById(dragon, peanuts))),
    );
    expect(placeParsedOrders(parsed, context(listingsById(dragon, peanuts))).orders[0]?.deliveryPhone).toBe(
      '0912345678',
    );
  });
});
