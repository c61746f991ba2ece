import * as z from 'zod';
import { CartSchema } from './cart.ts';
import { DomainError, type Problem, parseInput } from './errors.ts';
import { canOrder, type Listing, listingUnit } from './listings.ts';
import type { Order, OrderEvent, OrderLine } from './order.ts';
import { lineQuantityIssue } from './order-line-check.ts';
import { placedOrderTotals } from './order-totals.ts';
import { type PaymentMethod, PaymentMethodSchema, unpaid } from './payments.ts';
import { PhoneSchema } from './phone.ts';
import type { DeliveryZone } from './places.ts';
import { quantityParams } from './quantity-params.ts';
import type { StockChange } from './stock.ts';
import { typedText } from './typed-text.ts';

/** The most a buyer may write to the seller. */
export const MAX_ORDER_NOTE = 500;

/**
 * What a buyer sends to check out: the cart, how they will pay each shop's order (`paymentMethods` by shop id; a
 * shop not named there is paid by `paymentMethod`), the mobile number to call on delivery, and a note for the
 * sellers. The phone is asked at every checkout, not taken from the buyer's account: a buyer often orders
 * for someone else (a shop, a relative), and the seller and the post must call whoever receives the parcel.
 */
export const PlaceOrdersInputSchema = CartSchema.extend({
  paymentMethod: PaymentMethodSchema.optional(),
  paymentMethods: z.record(z.string().min(1).max(64), PaymentMethodSchema).optional(),
  deliveryPhone: PhoneSchema,
  note: typedText({ max: MAX_ORDER_NOTE })
    .nullish()
    .transform((note) => (note ? note : null)),
});
/** What a buyer sends to place orders, before `PlaceOrdersInputSchema` parses it. */
export type PlaceOrdersInput = z.input<typeof PlaceOrdersInputSchema>;

/** Everything placing orders depends on besides the buyer's input, read by the caller in the same transaction. */
export interface PlacementContext {
  readonly buyerId: string;
  /** The cart's listings by id, as they are now. A line whose listing is missing is refused. */
  readonly listings: ReadonlyMap<string, Listing>;
  /** How much of each listing this buyer already has on open orders (for the per-buyer cap); absent means none. */
  readonly alreadyOrdered?: ReadonlyMap<string, number>;
  /** The delivery zone of the buyer's address as seen from a shop (see `deliveryZoneFor` in places). */
  readonly zoneOf: (shopId: string) => DeliveryZone;
  /**
   * The ways each shop can be paid now (`acceptedPaymentMethods`): a way the shop does not take, whether chosen for
   * it in `paymentMethods` or sent once for the whole cart as `paymentMethod`, is refused with
   * `payment.method_not_accepted` at that shop (`['paymentMethods', shopId]`), so no order is placed that its buyer
   * cannot pay. Absent, nothing is checked.
   */
  readonly acceptedMethods?: (shopId: string) => readonly PaymentMethod[];
  /** A fresh id; called once for the checkout, then once per order, in the order of the orders. */
  readonly newId: () => string;
  readonly now: Date;
}

/** What placing decided: the orders to store, the stock to take, and each order's first history entry. */
export interface Placement {
  readonly checkoutId: string;
  /** One order per shop, in the order the shops first appear in the cart. */
  readonly orders: readonly Order[];
  /** Reservations: negative changes, one per listing. */
  readonly stockChanges: readonly StockChange[];
  readonly events: readonly OrderEvent[];
}

/**
 * Turn a cart into orders, one per shop, all or nothing. Every line is checked: the listing exists and can be
 * ordered now (active, with stock, in season or open for pre-orders), the quantity is at least the minimum order,
 * within the buyer's cap given what they already have on open orders, and no more than the stock. When anything is
 * wrong, one DomainError carries every problem, each at its line (`['lines', i, 'quantity']`) with its params
 * (`available`, `minimum`, `cap`…); nothing is placed.
 */
export function placeOrders(input: PlaceOrdersInput, context: PlacementContext): Placement {
  return placeParsedOrders(parseInput(PlaceOrdersInputSchema, input), context);
}

/** What `PlaceOrdersInputSchema` made of a buyer's checkout. */
export type ParsedPlaceOrdersInput = z.output<typeof PlaceOrdersInputSchema>;

/**
 * `placeOrders` for a checkout already parsed by `PlaceOrdersInputSchema` (or a schema extending it), so a server
 * that parsed the request at its door does not parse it again: the same rules, the same answer.
 */
export function placeParsedOrders(input: ParsedPlaceOrdersInput, context: PlacementContext): Placement {
  const { lines, paymentMethod, paymentMethods, deliveryPhone, note } = input;
  const problems: Problem[] = [];
  const accepted: { listing: Listing; line: OrderLine }[] = [];

  lines.forEach(({ listingId, quantity }, i) => {
    const at = (field: string) => ['lines', i, field];
    const listing = context.listings.get(listingId);
    if (!listing) {
      problems.push({ code: 'order.listing_not_found', path: at('listingId'), params: { listingId } });
      return;
    }
    const orderable = canOrder(listing, context.now);
    if (!orderable.ok) {
      problems.push({ ...orderable.refusal, path: at('listingId') });
      return;
    }
    const unit = listingUnit(listing);
    const { title } = listing;
    const already = context.alreadyOrdered?.get(listingId) ?? 0;
    const issue = lineQuantityIssue({ ...listing, quantity }, already);
    if (issue?.kind === 'below-minimum')
      problems.push({
        code: 'order.below_minimum',
        path: at('quantity'),
        params: { title, ...quantityParams({ minimum: listing.minOrder }, unit) },
      });
    else if (issue?.kind === 'over-cap' && listing.perBuyerCap !== null)
      problems.push({
        code: 'order.over_buyer_cap',
        path: at('quantity'),
        params: {
          title,
          ...quantityParams(
            { cap: listing.perBuyerCap, remaining: Math.max(0, listing.perBuyerCap - already) },
            unit,
          ),
        },
      });
    else if (issue?.kind === 'over-stock')
      problems.push({
        code: 'order.not_enough_stock',
        path: at('quantity'),
        params: { title, ...quantityParams({ available: listing.stock }, unit) },
      });
    else
      accepted.push({
        listing,
        line: {
          listingId,
          productId: listing.productId,
          title,
          unit,
          unitPrice: listing.unitPrice,
          quantity,
          packedQuantity: null,
          preOrder: orderable.preOrder,
        },
      });
  });
  if (problems.length > 0) throw DomainError.fromProblems(problems);

  const byShop = new Map<string, OrderLine[]>();
  for (const { listing, line } of accepted) {
    const shopLines = byShop.get(listing.shopId);
    if (shopLines) shopLines.push(line);
    else byShop.set(listing.shopId, [line]);
  }

  const methodOf = new Map<string, PaymentMethod>();
  for (const shopId of byShop.keys()) {
    const method = paymentMethods?.[shopId] ?? paymentMethod;
    const at = ['paymentMethods', shopId];
    if (method === undefined) problems.push({ code: 'payment.method_required', path: at, params: {} });
    else if (context.acceptedMethods && !context.acceptedMethods(shopId).includes(method))
      problems.push({ code: 'payment.method_not_accepted', path: at, params: {} });
    else methodOf.set(shopId, method);
  }
  if (problems.length > 0) throw DomainError.fromProblems(problems);

  const checkoutId = context.newId();
  const orders: Order[] = [];
  const events: OrderEvent[] = [];
  for (const [shopId, shopLines] of byShop) {
    const zone = context.zoneOf(shopId);
    const order: Order = {
      id: context.newId(),
      checkoutId,
      shopId,
      buyerId: context.buyerId,
      status: 'placed',
      zone,
      lines: shopLines,
      totals: placedOrderTotals(shopLines, zone),
      payment: unpaid(methodOf.get(shopId) ?? 'cash_on_delivery'),
      deliveryPhone,
      note,
      trackingCode: null,
      closeReason: null,
      placedAt: context.now,
      updatedAt: context.now,
    };
    orders.push(order);
    events.push({
      orderId: order.id,
      at: context.now,
      kind: 'placed',
      from: null,
      to: 'placed',
      actor: { kind: 'buyer', userId: context.buyerId, actingForHouseholdId: null },
      details: { total: order.totals.total },
    });
  }
  const stockChanges = accepted.map(({ line }) => ({ listingId: line.listingId, delta: -line.quantity }));
  return { checkoutId, orders, stockChanges, events };
}
