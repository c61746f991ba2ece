import { describe, expect, it } from 'vitest';
import { addToCart, CartSchema, EMPTY_CART, setCartQuantity } from './cart.ts';

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
});
