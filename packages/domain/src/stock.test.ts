import { describe, expect, it } from 'vitest';
import { JULY, listing, listingsById, placedOrder } from '../test/fixtures.ts';
import { formatProblem } from './messages.ts';
import { applyStockChanges, mergeStockChanges, notEnoughStock, releaseStock } from './stock.ts';

describe('stock decisions', () => {
  it('merges changes per listing and drops those that cancel out', () => {
    expect(
      mergeStockChanges([
        { listingId: 'a', delta: -1_000 },
        { listingId: 'b', delta: -500 },
        { listingId: 'a', delta: -200 },
        { listingId: 'b', delta: 500 },
      ]),
    ).toEqual([{ listingId: 'a', delta: -1_200 }]);
  });

  it('gives back what each line holds, the packed weight once weighed', () => {
    const order = placedOrder(3_000);
    const packed = { ...order, lines: order.lines.map((l) => ({ ...l, packedQuantity: 3_300 })) };
    expect(releaseStock(order)).toEqual([{ listingId: 'listing-dragon', delta: 3_000 }]);
    expect(releaseStock(packed)).toEqual([{ listingId: 'listing-dragon', delta: 3_300 }]);
  });

  it('applies changes to new listings, with the status the stock implies, leaving the inputs alone', () => {
    const listings = listingsById(listing({ stock: 2_000 }));
    const sold = applyStockChanges(listings, [{ listingId: 'listing-dragon', delta: -2_000 }], JULY);
    expect(sold.get('listing-dragon')).toMatchObject({ stock: 0, status: 'sold_out' });
    expect(listings.get('listing-dragon')).toMatchObject({ stock: 2_000, status: 'active' });
    const back = applyStockChanges(sold, [{ listingId: 'listing-dragon', delta: 500 }], JULY);
    expect(back.get('listing-dragon')).toMatchObject({ stock: 500, status: 'active' });
  });

  it('never takes a listing below zero', () => {
    const listings = listingsById(listing({ stock: 2_000 }));
    expect(() => applyStockChanges(listings, [{ listingId: 'listing-dragon', delta: -2_001 }], JULY)).toThrow(
      expect.objectContaining({
        code: 'order.not_enough_stock',
        params: expect.objectContaining({ available: 2 }),
      }),
    );
  });

  it('says how much is left in the reader’s words: “cái” in Vietnamese, “pcs” in English', () => {
    const refusal = notEnoughStock({ title: 'Bánh chưng đen', productId: 'black-banh-chung' }, 3, [
      'lines',
      0,
    ]);
    expect(refusal).toMatchObject({ code: 'order.not_enough_stock', path: ['lines', 0] });
    expect(formatProblem(refusal, 'vi')).toBe('“Bánh chưng đen” chỉ còn 3 cái.');
    expect(formatProblem(refusal, 'en')).toBe('Only 3 pcs of “Bánh chưng đen” left.');
  });
});
