import * as z from 'zod';
import { DomainError, problem } from './errors.ts';
import { QuantitySchema } from './quantity.ts';

/** The most lines one checkout may hold: a family's shopping, not a wholesaler's. */
export const MAX_CART_LINES = 30;

/** One line of a cart: a listing and how much of it, in base units (whole grams or whole pieces). */
export const CartLineSchema = z.object({
  listingId: z.string().min(1).max(64),
  quantity: QuantitySchema,
});
/** One line of a cart: a listing and a quantity in its base unit (grams or pieces). */
export type CartLine = z.infer<typeof CartLineSchema>;

/**
 * A buyer's cart: listings of one or several shops. Each listing appears once (adding more of it raises its line's
 * quantity: `addToCart`).
 */
export const CartSchema = z.object({
  lines: z
    .array(CartLineSchema)
    .min(1)
    .superRefine((lines, ctx) => {
      // The same words as adding a line past the limit (`addToCart`), not a generic "too big".
      if (lines.length > MAX_CART_LINES) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          input: lines,
          message: 'cart.too_many_lines',
          ...problem('cart.too_many_lines', { maximum: MAX_CART_LINES }),
        });
        return;
      }
      const seen = new Set<string>();
      lines.forEach((line, i) => {
        if (seen.has(line.listingId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'listingId'],
            input: line.listingId,
            message: 'cart.duplicate_line',
            ...problem('cart.duplicate_line'),
          });
        seen.add(line.listingId);
      });
    }),
});
/** A buyer's cart: lines of listings and quantities, at most `MAX_CART_LINES`. */
export type Cart = z.infer<typeof CartSchema>;

/** An empty cart (not yet a valid checkout: that needs at least one line). */
export const EMPTY_CART: Cart = { lines: [] };

/**
 * Refuses a new line for a cart that already holds `MAX_CART_LINES` (`cart.too_many_lines`, with `maximum`): the
 * buyer is told when adding, not at checkout. More of a listing already in the cart is always fine.
 */
function roomForNewLine(cart: Cart): void {
  if (cart.lines.length >= MAX_CART_LINES)
    throw new DomainError('cart.too_many_lines', { maximum: MAX_CART_LINES }, ['lines']);
}

/**
 * The cart with more of a listing: its line's quantity grows, or a new line is added at the end (refused with
 * `cart.too_many_lines` when the cart is full).
 */
export function addToCart(cart: Cart, line: CartLine): Cart {
  const existing = cart.lines.find((l) => l.listingId === line.listingId);
  if (!existing) {
    roomForNewLine(cart);
    return { lines: [...cart.lines, line] };
  }
  return {
    lines: cart.lines.map((l) =>
      l.listingId === line.listingId ? { ...l, quantity: l.quantity + line.quantity } : l,
    ),
  };
}

/**
 * The cart with a listing's quantity set; zero removes the line. A listing not in the cart is added (refused with
 * `cart.too_many_lines` when the cart is full).
 */
export function setCartQuantity(cart: Cart, listingId: string, quantity: number): Cart {
  if (quantity <= 0) return { lines: cart.lines.filter((l) => l.listingId !== listingId) };
  if (!cart.lines.some((l) => l.listingId === listingId)) {
    roomForNewLine(cart);
    return { lines: [...cart.lines, { listingId, quantity }] };
  }
  return { lines: cart.lines.map((l) => (l.listingId === listingId ? { ...l, quantity } : l)) };
}
