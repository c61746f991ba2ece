import { describe, expect, it } from 'vitest';
import { addToCart, CartSchema, EMPTY_CART, MAX_CART_LINES, setCartQuantity } from './cart.ts';
import { DomainError, parseInput } from './errors.ts';
import { formatMessage } from './messages.ts';

describe('cart', () => {
  it('adds more of a listing to its line instead of a second line', () => {
    const cart = addToCart(addToCart(EMPTY_CART, { listingId: 'a', quantity: 1_000 }), {
      listingId: 'b',
      quantity: 2,
    });
    expect(addToCart(cart, { listingId: 'a', quantity: 500 }).lines).toEqual([
      { listingId: 'a', quantity: 1_500 },
      { listingId: 'b', quantity: 2 },
    ]);
    expect(cart.lines).toHaveLength(2);
  });

  it('sets a quantity, and removes the line at zero', () => {
    const cart = { lines: [{ listingId: 'a', quantity: 1_000 }] };
    expect(setCartQuantity(cart, 'a', 3_000).lines).toEqual([{ listingId: 'a', quantity: 3_000 }]);
    expect(setCartQuantity(cart, 'a', 0).lines).toEqual([]);
    expect(setCartQuantity(cart, 'c', 1).lines).toHaveLength(2);
  });

  it('needs at least one line to check out', () => {
    expect(CartSchema.safeParse(EMPTY_CART).success).toBe(false);
  });

  it('holds at most MAX_CART_LINES lines, and says so when one more is added', () => {
    const full = {
      lines: Array.from({ length: MAX_CART_LINES }, (_, i) => ({ listingId: `l${i}`, quantity: 1 })),
    };
    const refusal = (add: () => unknown) => {
      try {
        add();
      } catch (error) {
        return error instanceof DomainError ? { code: error.code, params: error.params } : error;
      }
      return 'added';
    };
    expect(refusal(() => addToCart(full, { listingId: 'new', quantity: 1 }))).toEqual({
      code: 'cart.too_many_lines',
      params: { maximum: 30 },
    });
    expect(refusal(() => setCartQuantity(full, 'new', 1))).toEqual({
      code: 'cart.too_many_lines',
      params: { maximum: 30 },
    });
    // More of a listing already in a full cart, or less of it, is fine.
    expect(addToCart(full, { listingId: 'l0', quantity: 2 }).lines[0]).toEqual({
      listingId: 'l0',
      quantity: 3,
    });
    expect(setCartQuantity(full, 'l1', 0).lines).toHaveLength(MAX_CART_LINES - 1);
    // A cart sent with one line too many (a checkout from another client) is refused in the same words.
    const sent = { lines: [...full.lines, { listingId: 'new', quantity: 1 }] };
    expect(refusal(() => parseInput(CartSchema, sent))).toEqual({
      code: 'cart.too_many_lines',
      params: { maximum: 30 },
    });
    expect(parseInput(CartSchema, full).lines).toHaveLength(MAX_CART_LINES);
    expect(formatMessage('cart.too_many_lines', { maximum: 30 }, 'en')).toBe(
      'A cart holds at most 30 products. Please order the ones in it first, then add others.',
    );
  });
});
